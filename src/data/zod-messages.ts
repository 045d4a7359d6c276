import * as z from 'zod/mini';

// zod/mini loads no messages ("Invalid input"); validation errors are read by people, so say what was expected.
// A few lines of our own instead of zod's English locale, to keep the first view's JavaScript small.
function received(input: unknown): string {
  return input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
}

z.config({
  customError: (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        return `expected ${iss.expected}, received ${received(iss.input)}`;
      case 'unrecognized_keys':
        return `unknown key${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
      case 'invalid_value':
        return `expected ${iss.values.map((v) => JSON.stringify(v)).join(' or ')}`;
      // z.positive() is an exclusive minimum of 0: "at least 0" would tell a reader that 0 is fine.
      case 'too_small':
        return `must be ${iss.inclusive === false ? 'greater than' : 'at least'} ${String(iss.minimum)}${iss.origin === 'string' ? ' characters' : iss.origin === 'array' ? ' items' : ''}`;
      case 'too_big':
        return `must be ${iss.inclusive === false ? 'less than' : 'at most'} ${String(iss.maximum)}${iss.origin === 'string' ? ' characters' : iss.origin === 'array' ? ' items' : ''}`;
      case 'invalid_format':
        return `does not match the expected format${'pattern' in iss && iss.pattern ? ` ${String(iss.pattern)}` : ''}`;
      default:
        return undefined;
    }
  },
});
