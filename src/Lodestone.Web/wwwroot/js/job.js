// Follows a running simulation job: polls its API document, moves the progress bar, and reloads the page when the
// job has finished so the server renders the charts. Loaded only on a job page that is still queued or running.
(() => {
  const job = document.getElementById('job');
  const bar = document.getElementById('job-progress');
  const status = document.getElementById('job-status');
  if (!job || !bar) {
    return;
  }
  const url = '/api/simulations/' + encodeURIComponent(job.dataset.job);
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const doc = await response.json();
        bar.value = doc.progress;
        bar.textContent = Math.round(doc.progress * 100) + ' %';
        if (doc.status === 'succeeded' || doc.status === 'failed') {
          window.location.reload();
          return;
        }
        if (status) {
          status.textContent = doc.status === 'running' ? 'running, ' + (doc.progress * 100).toFixed(1) + ' %' : doc.status;
        }
      }
    } catch {
      // The server may be restarting; try again on the next tick.
    }
    window.setTimeout(poll, 700);
  };
  window.setTimeout(poll, 300);
})();
