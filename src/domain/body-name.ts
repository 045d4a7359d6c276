/**
 * One key for the names a body goes by across years: documents spell the same office out in full one year and
 * in its official short form the next (江苏省委办公厅 2017 “中国共产党江苏省委员会办公厅”, 2018 “中共江苏省委办公
 * 厅”). Only these standard abbreviations are folded — never a guess from similarity, so two bodies are never
 * merged by accident.
 */
export function bodyKey(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/^中国共产党/, '中共')
    .replace(/人民代表大会常务委员会/g, '人大常委会')
    .replace(/政治协商会议(.*?)委员会/g, '政协$1')
    .replace(/(省|市|区|县)委员会(?=办公厅|办公室|$)/g, '$1委');
}
