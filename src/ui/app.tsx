import { useEffect } from 'react';
import { useAppStore } from '../store/index.ts';
import { DetailsPanel } from './details/details_panel.tsx';
import { FacilityPicker } from './details/facility_picker.tsx';
import { SidePanel } from './layout/side_panel.tsx';
import { StatusBar } from './layout/status_bar.tsx';
import { TopBar } from './layout/top_bar.tsx';
import { MapPanel } from './map/map_panel.tsx';
import { RulePanel } from './rules/rule_panel.tsx';
import { ComparePanel } from './scenarios/compare_panel.tsx';
import { ScenarioPanel } from './scenarios/scenario_panel.tsx';
import { SummaryPanel } from './summary/summary_panel.tsx';
import { ZoneTable } from './table/zone_table.tsx';
import { WorkspaceBar } from './workspace/workspace_bar.tsx';

/** The page: top bar, rules on the left, map and table in the middle, summary and details on the right. */
export function App() {
  const panels = useAppStore((s) => s.view.panels);
  const lang = useAppStore((s) => s.view.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const cls = `workspace${panels.rules ? '' : ' rules-collapsed'}${panels.details ? '' : ' details-collapsed'}`;
  return (
    <div className="app">
      <TopBar />
      <StatusBar />
      <WorkspaceBar />
      <div className={cls}>
        <SidePanel id="rules" side="left" titleKey="rulesPanel">
          <RulePanel />
        </SidePanel>
        <main className="center">
          <MapPanel />
          <ZoneTable />
          <ComparePanel />
        </main>
        <SidePanel id="details" side="right" titleKey="detailsPanel">
          <ScenarioPanel />
          <FacilityPicker />
          <DetailsPanel />
          <SummaryPanel />
        </SidePanel>
      </div>
    </div>
  );
}
