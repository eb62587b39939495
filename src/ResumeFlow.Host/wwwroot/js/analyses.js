// Analyses: start one from a candidate's result, then follow it live on /analyses/{id}. Reuses app.js's helpers
// (the same API calls, antiforgery header and Durable status polling as the screening page).
"use strict";

(() => {
  const { terminal, api, errorText, pollInstance, swapFragment, fieldSetter } = window.ResumeFlow;

  // --- Candidate: start AnalyzeResume through POST /api/analyses and land on its page -----------
  const analysisForm = document.getElementById("analysis-form");
  if (analysisForm) {
    analysisForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const status = analysisForm.querySelector("[data-analysis-status]");
      const button = analysisForm.querySelector("button");
      button.disabled = true;
      status.textContent = "starting…";
      const body = { candidateId: analysisForm.dataset.candidateId, jobId: analysisForm.dataset.jobId };
      const deployment = analysisForm.querySelector("select[name='deployment']")?.value;
      if (deployment) body.deployment = deployment;
      const result = await api("POST", "/api/analyses", body);
      if (result.response.status === 202 && result.data) {
        window.location.assign(`/analyses/${encodeURIComponent(result.data.id)}`);
        return;
      }
      status.textContent = errorText(result);
      button.disabled = false;
    });
  }

  // --- Analysis: per-section state and score from the custom status, then the result panel -------
  const progress = document.getElementById("analysis-progress");
  if (!progress) return;
  const rows = progress.querySelector("#section-progress tbody");
  // States arrive as the status JSON spells them; compared in lower case, as the server renders them.
  const finished = new Set(["completed", "failed", "skipped"]);

  function rowFor(section) {
    let row = rows.querySelector(`tr[data-section="${CSS.escape(section)}"]`);
    if (row) return row;
    row = rows.insertRow();
    row.dataset.section = section;
    const fields = ["name", "state", "score", "by"];
    fields.forEach((field) => {
      const cell = row.insertCell();
      if (field !== "name") cell.dataset.field = field;
      if (field === "score") cell.className = "num";
    });
    row.cells[0].textContent = section;
    return row;
  }

  function showStatus(status) {
    const custom = status.customStatus || {};
    const sections = custom.sections || [];
    const set = fieldSetter(progress);
    set("runtimeStatus", status.runtimeStatus);
    set("phase", custom.phase || "—");
    set("done", `${sections.filter((s) => finished.has(String(s.state || "").toLowerCase())).length} / ${sections.length}`);
    for (const section of sections) {
      const row = rowFor(section.section);
      const state = String(section.state || "").toLowerCase();
      row.dataset.state = state;
      const cell = fieldSetter(row);
      cell("state", state);
      cell("score", typeof section.score === "number" ? (Math.round(section.score * 10) / 10).toString() : "—");
      cell("by", section.by || "—");
    }
    progress.dataset.runtimeStatus = status.runtimeStatus;
  }

  const analysisId = progress.dataset.instanceId;
  const result = document.getElementById("analysis-result");
  if (!terminal.has(progress.dataset.runtimeStatus) || (result && result.dataset.ready !== "true")) {
    pollInstance(analysisId, showStatus).then(() => swapFragment(`/analyses/${encodeURIComponent(analysisId)}/result`, "analysis-result"));
  }
})();
