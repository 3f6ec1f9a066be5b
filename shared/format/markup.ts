/** Text for HTML or SVG markup (element content and double-quoted attributes): the report's page furniture, the graph's SVG export. */
export const escapeMarkup = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
