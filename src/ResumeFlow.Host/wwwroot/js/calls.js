// Screening calls: pick or drop transcripts, start AnalyzeCalls through POST /api/call-analyses (multipart), then
// follow the run live on /calls/{id}. Reuses app.js's helpers (API calls with the antiforgery header, status polling).
"use strict";

(() => {
  const { terminal, api, errorText, showError, pollInstance, swapFragment, acceptFiles, showCounts } = window.ResumeFlow;

  // --- Calls: choose or drop files, then start one analysis over all of them --------------------
  const form = document.getElementById("calls-form");
  if (form) {
    const input = document.getElementById("call-files");
    const dropZone = document.getElementById("calls-drop-zone");
    const table = document.getElementById("call-uploads");
    const rows = table.querySelector("tbody");
    let files = [];

    function show(chosen) {
      files = files.concat(Array.from(chosen));
      rows.replaceChildren();
      for (const file of files) {
        const row = rows.insertRow();
        row.insertCell().textContent = file.name;
        const size = row.insertCell();
        size.className = "num";
        size.textContent = `${Math.max(1, Math.round(file.size / 1024))} KB`;
      }
      table.hidden = files.length === 0;
    }

    acceptFiles(dropZone, input, show);

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (files.length === 0) {
        showError(form, "Choose or drop one or more transcripts first.");
        return;
      }
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      const body = new FormData();
      for (const file of files) body.append("files", file, file.name);
      const candidate = document.getElementById("call-candidate").value.trim();
      const query = candidate ? `?candidateId=${encodeURIComponent(candidate)}` : "";
      const result = await api("POST", `/api/call-analyses${query}`, body, false);
      if (result.response.status === 202 && result.data) {
        window.location.assign(`/calls/${encodeURIComponent(result.data.id)}`);
        return;
      }
      showError(form, errorText(result));
      button.disabled = false;
    });
  }

  // --- Call run: live counts from the custom status, then the report panel ----------------------
  const progress = document.getElementById("calls-progress");
  if (!progress) return;

  function showStatus(status) {
    const custom = status.customStatus || {};
    const set = showCounts(progress, document.getElementById("calls-progress-bar"), status);
    set("chunks", `${custom.chunksDone || 0} / ${custom.chunksTotal || 0}`);
  }

  const runId = progress.dataset.instanceId;
  const report = document.getElementById("call-report");
  if (!terminal.has(progress.dataset.runtimeStatus) || (report && report.dataset.ready !== "true")) {
    pollInstance(runId, showStatus).then(() => swapFragment(`/calls/${encodeURIComponent(runId)}/report`, "call-report"));
  }
})();
