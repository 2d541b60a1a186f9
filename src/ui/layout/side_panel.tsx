import type { ReactNode } from 'react';
import { setView, useAppStore } from '../../store/index.ts';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/use_t.ts';

interface Props {
  id: 'rules' | 'details';
  side: 'left' | 'right';
  titleKey: StringKey;
  children: ReactNode;
}

/** A side panel that collapses to a narrow strip; the toggle button reports aria-expanded. */
export function SidePanel({ id, side, titleKey, children }: Props) {
  const t = useT();
  const open = useAppStore((s) => s.view.panels[id]);
  const title = t(titleKey);
  const toggle = () => setView((v) => ({ panels: { ...v.panels, [id]: !v.panels[id] } }));
  const arrow = (side === 'left') === open ? '‹' : '›';
  return (
    <aside className={`side-panel ${side}${open ? '' : ' collapsed'}`} aria-label={title}>
      <div className="side-panel-head">
        {open && <h2>{title}</h2>}
        <button
          type="button"
          className="icon-button"
          aria-expanded={open}
          aria-controls={`panel-${id}`}
          aria-label={t(open ? 'hidePanel' : 'showPanel', { panel: title })}
          title={t(open ? 'hidePanel' : 'showPanel', { panel: title })}
          onClick={toggle}
        >
          <span aria-hidden="true">{arrow}</span>
        </button>
      </div>
      <div id={`panel-${id}`} className="side-panel-body" hidden={!open}>
        {children}
      </div>
    </aside>
  );
}
