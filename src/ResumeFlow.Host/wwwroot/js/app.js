// ResumeFlow's pages: small progressive enhancements over server-rendered HTML. Every call goes to the
// same HTTP API as any client; the session cookie authenticates it and writes carry the antiforgery
// header. User-supplied text is only ever set with textContent, never parsed as markup.
"use strict";

(() => {
  const terminal = new Set(["Completed", "Failed", "Terminated"]);

  function antiforgeryToken() {
    const input = document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : "";
  }

  async function api(method, path, body, isJson = true) {
    const headers = { RequestVerificationToken: antiforgeryToken() };
    if (body !== undefined && isJson) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : isJson ? JSON.stringify(body) : body,
    });
    let data = null;
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) data = await response.json();
    return { response, data };
  }

  function errorText(result) {
    const error = result.data && result.data.error;
    return error ? `${error.code}: ${error.message}` : `HTTP ${result.response.status}`;
  }

  function showError(form, text) {
    const target = form.querySelector("[data-error]");
    if (!target) return;
    target.textContent = text;
    target.hidden = false;
  }

  // Status URLs are absolute (built from the host's configured base URL); follow only their path, on this origin.
  function sameOriginPath(url) {
    const parsed = new URL(url, window.location.href);
    return parsed.pathname + parsed.search;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function pollInstance(instanceId, onStatus) {
    const path = `/runtime/webhooks/durabletask/instances/${encodeURIComponent(instanceId)}`;
    for (;;) {
      const result = await api("GET", path);
      if (result.data && result.data.runtimeStatus) {
        onStatus(result.data);
        if (terminal.has(result.data.runtimeStatus)) return result.data;
      }
      await sleep(1000);
    }
  }

  // Replaces the element with the same id from a server-rendered fragment (the page's own component, so all user
  // text is already encoded as text); returns the new element, or null when the fragment could not be fetched.
  async function swapFragment(url, id) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return null;
    const fragment = new DOMParser().parseFromString(await response.text(), "text/html").getElementById(id);
    const current = document.getElementById(id);
    if (!fragment || !current) return null;
    const fresh = document.importNode(fragment, true);
    current.replaceWith(fresh);
    return fresh;
  }

  // set(field, value) writes the text of the container's [data-field] slot, only when it changed (no needless reflow).
  function fieldSetter(container) {
    return (field, value) => {
      const target = container.querySelector(`[data-field="${field}"]`);
      if (target && value !== undefined && target.textContent !== String(value)) target.textContent = value;
    };
  }

  // The slots every counting panel has (screening, calls): status, phase, done / total, failed and the bar.
  // Returns the panel's setter for the rest.
  function showCounts(panel, bar, status) {
    const custom = status.customStatus || {};
    const set = fieldSetter(panel);
    const total = custom.total || 0;
    const completed = custom.completed || 0;
    set("runtimeStatus", status.runtimeStatus);
    set("phase", custom.phase || "—");
    set("counts", `${completed} / ${total}`);
    set("failed", custom.failed || 0);
    if (bar) bar.value = total > 0 ? Math.round((100 * completed) / total) : status.runtimeStatus === "Completed" ? 100 : 0;
    panel.dataset.runtimeStatus = status.runtimeStatus;
    return set;
  }

  // Files chosen in the input or dropped on the zone go to onFiles (a FileList).
  function acceptFiles(zone, input, onFiles) {
    input.addEventListener("change", () => { onFiles(input.files); input.value = ""; });
    zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("over");
      onFiles(event.dataTransfer.files);
    });
  }

  // The helpers the other page scripts (analyses.js, calls.js) reuse rather than copy.
  window.ResumeFlow = Object.freeze({ terminal, api, errorText, showError, sameOriginPath, pollInstance, swapFragment, acceptFiles, fieldSetter, showCounts });

  // --- Jobs: create from text or a file ---------------------------------------------------------
  const jobForm = document.getElementById("job-form");
  if (jobForm) {
    jobForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      let text = jobForm.querySelector("#job-text").value;
      let title = jobForm.querySelector("#job-title").value.trim() || null;
      const file = jobForm.querySelector("#job-file").files[0];
      if (!text.trim() && file) {
        text = await file.text();
        title = title || file.name.replace(/\.[^.]+$/, "");
      }
      if (!text.trim()) {
        showError(jobForm, "Paste the job description or choose a file.");
        return;
      }
      const result = await api("POST", "/api/jobs", { text, title });
      if (result.response.ok && result.data) window.location.assign(`/jobs/${encodeURIComponent(result.data.jobId)}`);
      else showError(jobForm, errorText(result));
    });
  }

  // --- Job: start a screening ------------------------------------------------------------------
  const screeningForm = document.getElementById("screening-form");
  if (screeningForm) {
    screeningForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const threshold = Number(screeningForm.querySelector("#threshold").value);
      const useLlm = screeningForm.querySelector("#use-llm").checked;
      const options = { threshold, useLlm };
      const weights = changedWeights(screeningForm);
      if (weights) options.weights = weights;
      const body = { jobId: screeningForm.dataset.jobId, all: true, options };
      const result = await api("POST", "/api/screenings", body);
      if (result.response.status === 202 && result.data) window.location.assign(`/screenings/${encodeURIComponent(result.data.id)}`);
      else showError(screeningForm, errorText(result));
    });
  }

  // Only the weights the recruiter changed: an untouched form starts the same screening as any other client.
  function changedWeights(form) {
    const weights = {};
    const requirements = {};
    for (const input of form.querySelectorAll("input[data-criterion], input[data-requirement]")) {
      if (input.value === input.defaultValue || input.value === "") continue;
      if (input.dataset.criterion) weights[input.dataset.criterion] = Number(input.value);
      else requirements[input.dataset.requirement] = Number(input.value);
    }
    if (Object.keys(requirements).length) weights.requirements = requirements;
    return Object.keys(weights).length ? weights : null;
  }

  // --- Candidate: review a screening decision, erase the candidate ------------------------------
  const reviewForm = document.getElementById("review-form");
  if (reviewForm) {
    reviewForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const reviewer = reviewForm.querySelector("#reviewer-name").value.trim();
      const reason = reviewForm.querySelector("#review-reason-input").value.trim();
      const decision = reviewForm.querySelector('input[name="decision"]:checked').value;
      if (!reviewer || !reason) {
        showError(reviewForm, "Give your name and a reason.");
        return;
      }
      const path = `/api/screenings/${encodeURIComponent(reviewForm.dataset.screeningId)}/candidates/${encodeURIComponent(reviewForm.dataset.candidateId)}/review`;
      const result = await api("POST", path, { reviewer, decision, reason });
      // The page renders the stored decision (who, when, why) itself.
      if (result.response.ok) window.location.reload();
      else showError(reviewForm, errorText(result));
    });
  }

  const eraseForm = document.getElementById("erase-form");
  if (eraseForm) {
    const confirmInput = eraseForm.querySelector("#erase-confirm");
    const button = eraseForm.querySelector("#erase-button");
    const confirmed = () => {
      const typed = confirmInput.value.trim().toLowerCase();
      const name = (eraseForm.dataset.confirmName || "").trim().toLowerCase();
      return typed === "erase" || (name !== "" && typed === name);
    };
    confirmInput.addEventListener("input", () => { button.disabled = !confirmed(); });
    eraseForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!confirmed()) return;
      button.disabled = true;
      const result = await api("DELETE", `/api/candidates/${encodeURIComponent(eraseForm.dataset.candidateId)}`);
      if (result.response.ok) window.location.assign("/candidates?erased=1");
      else { button.disabled = false; showError(eraseForm, errorText(result)); }
    });
  }

  // --- Batches: submit a run, follow its status, then show its cost table -------------------------
  const batchForm = document.getElementById("batch-form");
  if (batchForm) {
    batchForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const body = {};
      for (const name of ["batchSize", "numBatches", "checkIntervalSeconds"]) {
        const value = batchForm.querySelector(`[name="${name}"]`).value;
        if (value !== "") body[name] = Number(value);
      }
      const result = await api("POST", "/api/batches", body);
      if (result.response.status === 202 && result.data) window.location.assign(`/batches/${encodeURIComponent(result.data.id)}`);
      else showError(batchForm, errorText(result));
    });
  }

  const batchProgress = document.getElementById("batch-progress");
  if (batchProgress) {
    const id = batchProgress.dataset.instanceId;
    const money = (usd) => (typeof usd === "number" ? `$${usd.toFixed(4)}` : "price unknown");
    const show = (status) => {
      const p = status.progress || {};
      const set = (field, value) => {
        const target = batchProgress.querySelector(`[data-field="${field}"]`);
        if (target && target.textContent !== String(value)) target.textContent = value;
      };
      set("runtimeStatus", status.runtimeStatus);
      set("phase", p.phase || "—");
      set("batches", `${p.batchesDone || 0} / ${p.batches || 0}`);
      set("linesDone", p.linesDone || 0);
      set("linesFailed", p.linesFailed || 0);
      set("tokens", ((p.inputTokens || 0) + (p.outputTokens || 0)).toLocaleString("en-US"));
      set("cost", money(p.costUsd));
      batchProgress.dataset.runtimeStatus = status.runtimeStatus;
    };
    const swapCost = async () => {
      const response = await fetch(`/batches/${encodeURIComponent(id)}/cost`, { credentials: "same-origin" });
      if (!response.ok) return;
      // Server-rendered by the same component as the page (the batch cost report's table).
      const fragment = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("batch-cost");
      const current = document.getElementById("batch-cost");
      if (fragment && current) current.replaceWith(document.importNode(fragment, true));
    };
    const followBatch = async () => {
      for (;;) {
        const result = await api("GET", `/api/batches/${encodeURIComponent(id)}`);
        if (result.data && result.data.runtimeStatus) {
          show(result.data);
          if (terminal.has(result.data.runtimeStatus)) break;
        }
        await sleep(1000);
      }
      const cancel = document.getElementById("batch-cancel");
      if (cancel) cancel.remove();
      await swapCost();
    };
    const cancel = document.getElementById("batch-cancel");
    if (cancel) {
      cancel.addEventListener("click", async () => {
        cancel.disabled = true;
        const result = await api("POST", `/api/batches/${encodeURIComponent(id)}/cancel`);
        if (!result.response.ok) { cancel.disabled = false; cancel.textContent = `Cancel run (${errorText(result)})`; }
      });
    }
    const cost = document.getElementById("batch-cost");
    if (!terminal.has(batchProgress.dataset.runtimeStatus) || (cost && cost.dataset.ready !== "true")) followBatch();
  }

  // --- Candidates: multi-upload with drag and drop ----------------------------------------------
  const dropZone = document.getElementById("drop-zone");
  if (dropZone) {
    const input = document.getElementById("cv-files");
    const table = document.getElementById("uploads");
    const rows = table.querySelector("tbody");

    function addRow(name) {
      const row = rows.insertRow();
      const cells = [row.insertCell(), row.insertCell(), row.insertCell()];
      cells[0].textContent = name;
      cells[1].textContent = "uploading";
      table.hidden = false;
      return {
        set(status, details, failed) {
          cells[1].textContent = status;
          cells[2].textContent = details || "";
          row.classList.toggle("error-row", Boolean(failed));
          row.dataset.status = status;
        },
      };
    }

    async function upload(file) {
      const row = addRow(file.name);
      const form = new FormData();
      form.append("file", file, file.name);
      const result = await api("POST", "/api/cvs", form, false);
      if (result.response.status !== 202 || !result.data) {
        row.set("rejected", errorText(result), true);
        return;
      }
      const candidateId = result.response.headers.get("X-Candidate-Id");
      row.set("ingesting", "");
      await pollInstance(result.data.id, () => {});
      const candidate = await api("GET", `/api/cvs/${encodeURIComponent(candidateId)}`);
      const doc = candidate.data || {};
      const flags = (doc.flags || []).map((f) => f.code).join(", ");
      if (doc.status === "Ingested") row.set("ingested", [doc.name, flags && `flags: ${flags}`].filter(Boolean).join(" · "), false);
      else if (doc.error) row.set("failed", `${doc.error.code}: ${doc.error.message}`, true);
      else row.set(String(doc.status || "unknown"), "", true);
    }

    function uploadAll(files) {
      // A few at a time: the server ingests in parallel anyway, and the browser keeps responsive.
      const queue = Array.from(files);
      const worker = async () => { while (queue.length) await upload(queue.shift()); };
      return Promise.all([worker(), worker(), worker()]);
    }

    acceptFiles(dropZone, input, uploadAll);
  }

  // --- Screening: live progress, then the table -------------------------------------------------
  const progress = document.getElementById("progress");

  async function refreshResults(screeningId) {
    const response = await fetch(`/screenings/${encodeURIComponent(screeningId)}/results${window.location.search}`, { credentials: "same-origin" });
    if (!response.ok) return;
    // Server-rendered by the same component as the page (all user text already encoded as text).
    const fragment = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("results");
    const current = document.getElementById("results");
    if (fragment && current) {
      current.replaceWith(document.importNode(fragment, true));
      bindRetry();
    }
  }

  function showStatus(status) {
    const custom = status.customStatus || {};
    const set = showCounts(progress, document.getElementById("progress-bar"), status);
    set("passed", custom.passed || 0);
    set("llm", `${custom.llmCompleted || 0} / ${custom.llmTotal || 0}`);
    set("eta", typeof custom.etaSeconds === "number" ? new Date(Math.round(custom.etaSeconds) * 1000).toISOString().slice(11, 19) : "—");
    set("tokens", ((custom.inputTokens || 0) + (custom.outputTokens || 0)).toLocaleString("en-US"));
    set("cost", `$${Number(custom.costUsd || 0).toFixed(4)}`);
  }

  async function follow(instanceId) {
    const screeningId = progress.dataset.screeningId;
    const final = await pollInstance(instanceId, showStatus);
    if (final.runtimeStatus === "Completed") await refreshResults(screeningId);
  }

  function bindRetry() {
    const retry = document.getElementById("retry-failed");
    if (!retry) return;
    retry.addEventListener("click", async () => {
      retry.disabled = true;
      const result = await api("POST", `/api/screenings/${encodeURIComponent(retry.dataset.screeningId)}/retry`);
      if (result.response.status === 202 && result.data) await follow(result.data.id);
      else { retry.disabled = false; retry.textContent = `Retry failed (${errorText(result)})`; }
    });
  }

  if (progress) {
    bindRetry();
    const results = document.getElementById("results");
    const needsTable = results && results.dataset.ready !== "true";
    if (!terminal.has(progress.dataset.runtimeStatus) || needsTable) follow(progress.dataset.instanceId);
  }
})();
