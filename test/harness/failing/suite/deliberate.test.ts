import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('deliberately failing suite', () => {
  it('runs inside a real extension host', () => {
    assert.equal(typeof vscode.version, 'string');
  });
  it('fails on purpose', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, -1, 'this assertion is meant to fail');
  });
});
