import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { checkScheduleRules, MonitoringError, type ScheduleRules } from '@homeward/domain';
import { PROVISIONAL_RSS_TABLE, type RssTable } from '@homeward/contracts/monitoring';
// Not named after this file: Node resolves a .json beside a .ts of the same name first, and would load it instead of this module.
import shipped from './shipped-settings.json';

export interface MonitoringSettingsData {
  scheduleRules: { default: ScheduleRules; byCountry: Record<string, ScheduleRules> };
  rss: { currentTable: string; dropThreshold: { default: number; byCountry: Record<string, number> } };
}

/** The settings file a deployment gives instead of the shipped one, checked at start so a bad one fails loudly. */
function settingsData(env: NodeJS.ProcessEnv = process.env): MonitoringSettingsData {
  const file = env.HOMEWARD_MONITORING_SETTINGS;
  const data = (file ? JSON.parse(readFileSync(file, 'utf8')) : shipped) as MonitoringSettingsData;
  for (const rules of [data.scheduleRules.default, ...Object.values(data.scheduleRules.byCountry)]) checkScheduleRules(rules);
  return data;
}

/**
 * The programme's numbers, as data rather than code: the schedule rules per country (the command that
 * starts monitoring carries them, so the decider holds none), the RSS tables known by version, the one
 * new surveys are scored under, and the drop that prompts a plan review.
 */
@Injectable()
export class MonitoringSettings {
  private readonly data = settingsData();
  private readonly tables = new Map<string, RssTable>([[PROVISIONAL_RSS_TABLE.version, PROVISIONAL_RSS_TABLE]]);
  private current = this.data.rss.currentTable;

  rulesFor(country: string): ScheduleRules {
    return this.data.scheduleRules.byCountry[country] ?? this.data.scheduleRules.default;
  }

  dropThreshold(country: string): number {
    return this.data.rss.dropThreshold.byCountry[country] ?? this.data.rss.dropThreshold.default;
  }

  currentTable(): RssTable {
    return this.table(this.current);
  }

  /** A table by its version; an unknown one is the caller's mistake, naming the field. */
  table(version: string): RssTable {
    const table = this.tables.get(version);
    if (!table) throw new MonitoringError('RSS_TABLE_UNKNOWN', `No RSS table ${version}`, 'tableVersion');
    return table;
  }

  /** Adds a table version (a verified one, say), which becomes the one new surveys are scored under if asked. */
  publishTable(table: RssTable, current = false): void {
    this.tables.set(table.version, table);
    if (current) this.current = table.version;
  }

  tableVersions(): string[] {
    return [...this.tables.keys()];
  }
}
