// Reads the links that start or open a handoff (?task=<matrix task id>, ?name=<free name>,
// ?open=<handoff id>) and removes them.

export interface StartRequest {
  /** A matrix task id from "Plan this handoff". */
  taskId?: string;
  /** A free name for a new handoff. */
  name?: string;
  /** The id of a saved handoff to open, as My plan links to it. */
  openId?: string;
}

/** What the query string asks for; empty or over-long values are ignored. */
export function readStartRequest(search: string): StartRequest {
  const params = new URLSearchParams(search);
  const request: StartRequest = {};
  const taskId = params.get("task")?.trim();
  if (taskId && taskId.length <= 64) request.taskId = taskId;
  const name = params.get("name");
  if (name !== null && name.trim() !== "") request.name = name;
  const openId = params.get("open")?.trim();
  if (openId && openId.length <= 64) request.openId = openId;
  return request;
}

/** The same address without the start parameters, so a reload never starts a second handoff. */
export function withoutStartParams(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("task");
  url.searchParams.delete("name");
  url.searchParams.delete("open");
  return `${url.pathname}${url.search}${url.hash}`;
}
