import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-core';
import { mimeTypeOf, resolveInsideRoot } from './safe-path';

let dir: string;
let root: string;

beforeAll(() => {
  dir = fs.realpathSync(makeTempDir('gigline-safe-path-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
  fs.writeFileSync(path.join(root, 'assets', 'my file.txt'), '');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  fs.mkdirSync(path.join(dir, 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'renderer-evil', 'x.js'), '');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'linked-out.txt'));
  fs.symlinkSync(dir, path.join(root, 'linked-dir'));
  fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'linked-in.js'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resolveInsideRoot', () => {
  it.each([
    ['/', 'index.html'],
    ['', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets//app.js', 'assets/app.js'],
    ['/assets/my%20file.txt', 'assets/my file.txt'],
    ['/linked-in.js', 'assets/app.js'],
  ])('maps %j to the file %s inside the root', (request, expected) => {
    expect(resolveInsideRoot(root, request)).toBe(path.join(root, expected));
  });

  it.each([
    ['..', '/../secret.txt'],
    ['.. deeper', '/assets/../../secret.txt'],
    ['bare ..', '../secret.txt'],
    ['. segment', '/./index.html'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['upper-case encoding', '/%2E%2E%2Fsecret.txt'],
    ['double-encoded dots', '/%252e%252e/secret.txt'],
    ['double-encoded slash', '/..%252fsecret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['drive letter, backslash', 'C:\\Windows\\win.ini'],
    ['absolute path of a real file outside', '<dir>/secret.txt'],
    ['sibling folder sharing the prefix', '/../renderer-evil/x.js'],
    ['NUL byte', '/index.html\0.png'],
    ['encoded NUL byte', '/index.html%00.png'],
    ['malformed escape', '/%E0%A4%A'],
    ['directory', '/assets'],
    ['missing file', '/nope.js'],
    ['symlink to a file outside', '/linked-out.txt'],
    ['through a symlinked directory outside', '/linked-dir/secret.txt'],
  ])('refuses %s (%j)', (_label, request) => {
    expect(resolveInsideRoot(root, request.replace('<dir>', dir))).toBeNull();
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['APP.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});
