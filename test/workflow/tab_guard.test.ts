import { afterEach, describe, expect, it } from 'vitest';
import { createTabGuard, type TabEvent, type TabGuard } from '../../src/store/tab_guard.ts';

const open: TabGuard[] = [];
function guard(workspaceId: string, tabId: string, channelName: string): TabGuard {
  const g = createTabGuard({ workspaceId, tabId, channelName });
  open.push(g);
  return g;
}
const settle = () => new Promise((r) => setTimeout(r, 30));

afterEach(() => {
  for (const g of open.splice(0)) g.close();
});

// Node 20 has BroadcastChannel; channels with the same name talk within one process as between tabs.
describe('createTabGuard', () => {
  it('two tabs on the same workspace learn of each other, and a save in one is heard in the other', async () => {
    const a = guard('ws-1', 'tab-a', 'tg-1');
    const eventsA: TabEvent[] = [];
    a.onEvent((e) => eventsA.push(e));
    const b = guard('ws-1', 'tab-b', 'tg-1');
    await settle();
    expect([...a.otherTabs]).toEqual(['tab-b']);
    expect([...b.otherTabs]).toEqual(['tab-a']);
    b.announceSaved(7, '2026-06-01T10:00:00.000Z');
    await settle();
    expect(eventsA).toEqual([
      { type: 'tab_opened', tabId: 'tab-b' },
      { type: 'remote_saved', tabId: 'tab-b', revision: 7, savedAt: '2026-06-01T10:00:00.000Z' },
    ]);
  });

  it('ignores tabs on another workspace and notices when a tab closes', async () => {
    const a = guard('ws-1', 'tab-a', 'tg-2');
    const events: TabEvent[] = [];
    a.onEvent((e) => events.push(e));
    guard('ws-other', 'tab-x', 'tg-2');
    const b = createTabGuard({ workspaceId: 'ws-1', tabId: 'tab-b', channelName: 'tg-2' });
    await settle();
    b.close();
    await settle();
    expect(events).toEqual([
      { type: 'tab_opened', tabId: 'tab-b' },
      { type: 'tab_closed', tabId: 'tab-b' },
    ]);
    expect(a.otherTabs.size).toBe(0);
  });

  it('stays silent without BroadcastChannel', () => {
    const g = createTabGuard({ workspaceId: 'w', tabId: 't', createChannel: () => null });
    expect(() => g.announceSaved(1, 'x')).not.toThrow();
    g.close();
  });
});
