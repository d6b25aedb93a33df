/**
 * GET /api/export/:format: the events of the stored articles a filter selects,
 * in GDELT, ACLED or PLOVER shape, streamed page by page (src/export/stream.ts)
 * so exporting a whole database does not hold it in memory.
 */
import { exportChunks, EXPORT_FORMATS, type ExportFormat } from '../export/stream.js';
import type { ArticleFilter, Store } from '../store/store.js';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../export/stream.js';

/** The export as a Response; a store error on the first page is thrown, not streamed. */
export async function exportResponse(store: Store, format: ExportFormat, filter: ArticleFilter): Promise<Response> {
  const chunks = exportChunks(store, format, filter);
  const encoder = new TextEncoder();
  const first = await chunks.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
      else controller.close();
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const { contentType, extension } = EXPORT_FORMATS[format];
  return new Response(body, {
    status: 200,
    headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="sitrep-events.${extension}"` },
  });
}
