/** Presenter mode, embed mode, sharing and export. */
export const zh = {
  'present.start': '演示',
  'present.startTitle': '全屏演示(键盘:→ 下一步,← 上一步,B 黑屏,Esc 退出)',
  'embed.openFull': '打开完整仪表板',
  'embed.openFullTitle': '在新标签页打开完整仪表板',
  'share.button': '分享',
  'export.csv': '导出 CSV',
  'export.png': '下载图片',
  'export.pngFailed': '图片导出失败',
  'export.source': '来源:《{title}》',
  'export.unit': '单位:{unit}',
} as const;
