import { bearerToken } from './auth.guard';

describe('The Authorization header', () => {
  it.each(['Bearer abc.def.ghi', 'bearer abc.def.ghi', 'BEARER abc.def.ghi', 'Bearer   abc.def.ghi'])('reads the token from %j (the scheme is case-insensitive, RFC 9110 §11.1)', (header) => {
    expect(bearerToken(header)).toBe('abc.def.ghi');
  });

  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic abc', 'Bearerabc', 'Bearer abc def', 'Token abc'])('finds no bearer token in %j', (header) => {
    expect(bearerToken(header)).toBeUndefined();
  });
});
