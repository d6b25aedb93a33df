/**
 * The default annotation pipeline, in order. This is the one place the order
 * is written down; each component declares what it reads and writes, and the
 * Pipeline constructor checks that every requirement is met by an earlier one.
 */
import { entitiesComponent } from '../annotate/entities/component.js';
import { eventsComponent } from '../annotate/events/component.js';
import { placesComponent } from '../annotate/places/component.js';
import { quotesComponent } from '../annotate/quotes/component.js';
import { textComponent } from '../annotate/text/component.js';
import { timesComponent } from '../annotate/times/component.js';
import { Pipeline } from './pipeline.js';

export function createDefaultPipeline(): Pipeline {
  return new Pipeline([
    textComponent, // sentences, tokens (wink-nlp)
    entitiesComponent, // entities: perceptron NER, then linking, roles, affiliations
    timesComponent, // times: TIMEX3 anchored at the publication date
    placesComponent, // places: gazetteer candidates resolved in document context
    quotesComponent, // quotes: direct and indirect, speakers via entities
    eventsComponent, // events: PLOVER/CAMEO/ACLED with actors, places, dates, counts
  ]);
}
