// Runs in the page: times a built widget from connect to a state (ready / fallback).
import '/dist/service-status.js';

window.timeWidget = async (tag, attrs, state) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const start = performance.now();
  const reached = new Promise((resolve) => {
    const check = () =>
      el.getAttribute('state') === state ? resolve() : requestAnimationFrame(check);
    check();
  });
  document.body.append(el);
  await reached;
  // Painted: wait for the frame after the state is on screen.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ms = performance.now() - start;
  el.remove();
  return ms;
};
