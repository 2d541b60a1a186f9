/** Messages tabs exchange about one workspace. */
export type TabMessage =
  | { type: 'hello' | 'here' | 'bye'; workspaceId: string; tabId: string }
  | { type: 'saved'; workspaceId: string; tabId: string; revision: number; savedAt: string };

/** What the UI hears: another tab opened or closed this workspace, or saved it. */
export type TabEvent =
  | { type: 'tab_opened' | 'tab_closed'; tabId: string }
  | { type: 'remote_saved'; tabId: string; revision: number; savedAt: string };

export interface TabGuard {
  /** Ids of the other tabs known to have this workspace open. */
  readonly otherTabs: ReadonlySet<string>;
  /** Tell the other tabs this tab saved `revision` (call after each successful save). */
  announceSaved(revision: number, savedAt: string): void;
  /** Returns an unsubscribe. */
  onEvent(callback: (event: TabEvent) => void): () => void;
  /** Say goodbye and stop listening (on unload or when switching workspace). */
  close(): void;
}

/** The part of BroadcastChannel the guard uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface TabGuardOptions {
  workspaceId: string;
  tabId: string;
  /** Default `coverage-planner-tabs`. */
  channelName?: string;
  /** Default: `new BroadcastChannel(name)` when the browser has it, else the guard stays silent. */
  createChannel?: (name: string) => ChannelLike | null;
}

function defaultChannel(name: string): ChannelLike | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
}

/**
 * Early warning that another tab edits the same workspace, over a BroadcastChannel: tabs say hello
 * on open, answer, announce each save and say bye on close. It only informs: the revision check in
 * persistence is what refuses to overwrite another tab's save, and it also works without this.
 *
 * @example
 * const guard = createTabGuard({ workspaceId: ws.id, tabId: persistence.tabId });
 * guard.onEvent((e) => e.type === 'remote_saved' && showConflictBanner());
 */
export function createTabGuard(options: TabGuardOptions): TabGuard {
  const { workspaceId, tabId } = options;
  const channel = (options.createChannel ?? defaultChannel)(options.channelName ?? 'coverage-planner-tabs');
  const others = new Set<string>();
  const listeners = new Set<(e: TabEvent) => void>();
  const emit = (e: TabEvent) => {
    for (const cb of listeners) cb(e);
  };
  const post = (m: TabMessage) => channel?.postMessage(m);

  if (channel) {
    channel.onmessage = (event) => {
      const m = event.data as TabMessage;
      if (!m || m.workspaceId !== workspaceId || m.tabId === tabId) return;
      if (m.type === 'bye') {
        if (others.delete(m.tabId)) emit({ type: 'tab_closed', tabId: m.tabId });
        return;
      }
      if (!others.has(m.tabId)) {
        others.add(m.tabId);
        emit({ type: 'tab_opened', tabId: m.tabId });
      }
      if (m.type === 'hello') post({ type: 'here', workspaceId, tabId });
      if (m.type === 'saved')
        emit({ type: 'remote_saved', tabId: m.tabId, revision: m.revision, savedAt: m.savedAt });
    };
    post({ type: 'hello', workspaceId, tabId });
  }

  return {
    otherTabs: others,
    announceSaved(revision, savedAt) {
      post({ type: 'saved', workspaceId, tabId, revision, savedAt });
    },
    onEvent(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    close() {
      post({ type: 'bye', workspaceId, tabId });
      listeners.clear();
      channel?.close();
    },
  };
}
