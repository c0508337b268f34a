import table from './rss-tables/rss-provisional-1.json';
import type { RssTable } from './rss-table';

/**
 * PROVISIONAL, NOT IOM'S RSS: the published method's shape (15 indicators over three dimensions,
 * four scores) with every question, scale, weight and cut-off assumed, each saying so. Scores made
 * with it carry its version and its provisional mark; a verified table re-scores them beside.
 */
export const PROVISIONAL_RSS_TABLE = table as RssTable;
