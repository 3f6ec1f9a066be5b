import { describe, expect, it } from 'vitest';

import { clientSettings, DbUrlError, isLocalHost, parseDbUrl, redactDbUrl } from './connection';

describe('database URL and TLS settings', () => {
  it('verifies the certificate and host name by default for a server on another machine', () => {
    const target = parseDbUrl('postgres://planner:s%40cret@db.group.example:6432/xcplan');
    expect(target).toEqual({ host: 'db.group.example', port: 6432, database: 'xcplan', user: 'planner', password: 's@cret', sslmode: 'verify-full' });
    expect(clientSettings(target)).toMatchObject({ ssl: { rejectUnauthorized: true, servername: 'db.group.example' } });
    expect(clientSettings(parseDbUrl('postgres://10.0.0.5/x')).ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('uses no TLS for this machine unless asked, and honours an explicit sslmode', () => {
    expect(parseDbUrl('postgres://localhost/x').sslmode).toBe('disable');
    expect(parseDbUrl('postgresql://127.0.0.1:5433/x').sslmode).toBe('disable');
    expect(parseDbUrl('postgres://[::1]/x').sslmode).toBe('disable');
    expect(parseDbUrl('postgres://u@localhost/x?host=%2Ftmp%2Fsock')).toMatchObject({ host: '/tmp/sock', sslmode: 'disable' });
    expect(clientSettings(parseDbUrl('postgres://localhost/x')).ssl).toBe(false);
    expect(clientSettings(parseDbUrl('postgres://localhost/x?sslmode=verify-full')).ssl).toMatchObject({ rejectUnauthorized: true, servername: 'localhost' });
    expect(clientSettings(parseDbUrl('postgres://db.example/x?sslmode=require')).ssl).toEqual({ rejectUnauthorized: false });
    const verifyCa = clientSettings(parseDbUrl('postgres://db.example/x?sslmode=verify-ca&sslrootcert=/etc/ca.pem'), 'PEM');
    expect(verifyCa.ssl).toMatchObject({ rejectUnauthorized: true, ca: 'PEM' });
    expect(verifyCa.ssl && verifyCa.ssl.checkServerIdentity?.()).toBeUndefined();
    expect(parseDbUrl('postgres://db.example/x?sslmode=verify-ca&sslrootcert=/etc/ca.pem').sslrootcert).toBe('/etc/ca.pem');
  });

  it('refuses what it cannot honour with a message in both languages', () => {
    const bad = ['not a url', 'mysql://h/db', 'postgres://h/', 'postgres://h/x?sslmode=prefer', 'postgres://h/x?options=-c%20x'];
    for (const url of bad) {
      expect(() => parseDbUrl(url), url).toThrow(DbUrlError);
      try {
        parseDbUrl(url);
      } catch (error) {
        expect((error as DbUrlError).zh.length).toBeGreaterThan(0);
      }
    }
  });

  it('tells local from remote hosts and never prints a password', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '::1', '/run/postgresql'].every(isLocalHost)).toBe(true);
    expect(['db.example', '10.0.0.1', 'localhost.evil.example', '128.0.0.1'].some(isLocalHost)).toBe(false);
    expect(redactDbUrl('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db');
    expect(redactDbUrl('::')).toBe('(invalid URL)');
  });
});
