// The tasks a page's main thread ran, from a Chromium trace: each one's length and what
// started it. A timer loop in the page only sees gaps between its own turns, which add up
// tasks that run back to back (a read's last message, then a frame); the trace sees each task.
// Each task has two lengths: wall time, and the main thread's CPU time, which stays the same
// when other processes hold the machine's cores (wall time then grows two to five times here).

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * Starts tracing `page`; `stop()` returns its main thread's tasks in order, { at, ms, cpu, source, top }
 * (start, wall and CPU length in ms, what posted it, the longest step inside), and the page's
 * `console.timeStamp(name)` calls as marks, { name, at }.
 */
export async function traceMainThread(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReturnAsStream' });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    await cdp.detach();
    return mainThreadTasks(JSON.parse(data).traceEvents, page.url());
  };
}

function mainThreadTasks(events, url) {
  // the renderer of the page's main frame, and its main thread
  const frames = events.filter((e) => e.name === 'TracingStartedInBrowser').flatMap((e) => e.args?.data?.frames ?? []);
  const pid = frames.find((f) => f.url === url && f.isOutermostMainFrame !== false)?.processId;
  const thread = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!thread) throw new Error(`no main thread found for ${url} in the trace`);
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === thread.tid);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const inner = onMain.filter((e) => e.name !== 'ThreadControllerImpl::RunTask' && e.dur > 1000).sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0]?.ts ?? 0;
  const marks = events.filter((e) => e.name === 'TimeStamp' && e.pid === pid).map((e) => ({ name: e.args?.data?.message, at: (e.ts - t0) / 1000 }));
  let j = 0;
  const list = tasks.map((t) => {
    // the longest step inside, below the task's own wrappers and script calls: says what the time went to
    let top = null;
    let script = null;
    while (j < inner.length && inner[j].ts < t.ts) j++;
    for (let k = j; k < inner.length && inner[k].ts < t.ts + t.dur; k++) {
      const e = inner[k];
      if (/RunTask|Receive mojo|TimerBase|TimerFire|AsyncTask|RunMicrotasks|UpdateLifecycle|UpdateStyleAndLayout|UpdateTime$/.test(e.name)) continue;
      if (e.name === 'FunctionCall') script = !script || e.dur > script.dur ? e : script;
      else if (!top || e.dur > top.dur) top = e;
    }
    if (!top || (script && top.dur < script.dur / 3)) top = script;
    return { at: (t.ts - t0) / 1000, ms: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, source: t.args?.src_func ?? '', top: top ? `${top.name} ${Math.round(top.dur / 1000)} ms` : '' };
  });
  return { tasks: list, marks };
}

/**
 * Splits a read's tasks where drawing begins: the last IPC message (the engine's last part) before
 * the `mark` the page makes on seeing its first highlight. Returns the longest task of each part, by
 * CPU time.
 */
export function readingAndDrawing({ tasks, marks }, mark, scrollMark) {
  const seen = marks.find((m) => m.name === mark);
  if (!seen) throw new Error(`no '${mark}' mark in the trace`);
  const start = tasks.filter((t) => t.source === 'Accept' && t.at <= seen.at).at(-1)?.at ?? seen.at;
  // with a scroll mark: the tasks from it on are the scrolling's, apart from the first drawing
  const scrolled = scrollMark ? (marks.find((m) => m.name === scrollMark)?.at ?? Infinity) : Infinity;
  const longest = (list) => list.reduce((m, t) => (t.cpu > m.cpu ? t : m), { ms: 0, cpu: 0, at: 0, source: 'none', top: '' });
  const drawing = tasks.filter((t) => t.at >= start);
  return {
    reading: longest(tasks.filter((t) => t.at < start)),
    drawing: longest(drawing),
    firstDrawing: longest(drawing.filter((t) => t.at < scrolled)),
    scrolling: longest(drawing.filter((t) => t.at >= scrolled)),
  };
}

/** One line about a task, for messages. */
export const describeTask = (t) => `${Math.round(t.cpu)} ms CPU, ${Math.round(t.ms)} ms wall, at ${Math.round(t.at)} ms (${t.source}${t.top ? `: ${t.top}` : ''})`;
