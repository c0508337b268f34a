import { EventCatalogue } from '../event-catalogue';
import { intakeEvents } from './intake';

/** The platform's event catalogue: every event type of every bounded context. */
export const homewardCatalogue = (): EventCatalogue => new EventCatalogue([...intakeEvents]);
