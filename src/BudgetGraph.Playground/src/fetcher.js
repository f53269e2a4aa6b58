/**
 * The GraphiQL fetcher: one POST to the API's own /graphql (same origin, so no CORS and no
 * configuration). It asks for the GraphQL-over-HTTP media type first and accepts plain JSON, as the
 * specification recommends for clients. Headers typed into GraphiQL's header editor are sent too.
 */
export const GRAPHQL_PATH = '/graphql';

export const ACCEPT = 'application/graphql-response+json, application/json';

export async function fetcher(params, options) {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: {
      ...(options?.headers ?? {}),
      'Content-Type': 'application/json',
      Accept: ACCEPT,
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    // A GraphQL response (even with status 400 under graphql-response+json) is JSON: show it as is.
    return JSON.parse(text);
  } catch {
    // Anything else (a proxy's HTML error page, an empty 502) is shown as an error, not swallowed.
    const body = text.length === 0 ? 'an empty body' : `a body that is not JSON: ${text.slice(0, 300)}`;
    throw new Error(`POST ${GRAPHQL_PATH} answered ${response.status} ${response.statusText} with ${body}`);
  }
}
