import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestLspClient } from '../helpers/lspClient';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace';

describe('smoke', () => {
  let ws: string;
  let client: TestLspClient;
  beforeAll(async () => {
    ws = makeWorkspace();
    client = new TestLspClient({ workspace: ws });
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
    removeWorkspace(ws);
  });
  it('publishes a variant diagnostic', async () => {
    const uri = client.open('draft.md', 'Separatists hold Lugansk.\n');
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    console.log(JSON.stringify(diags, null, 1));
    const hover = await client.hover(uri, client.positionOf(uri, 'Lugansk'));
    console.log(JSON.stringify(hover, null, 1));
    expect(diags[0]!.code).toBe('variant');
  });
});
