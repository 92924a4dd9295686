// The dashboard's charts (Chart.js, served from the npm package): the same numbers as the tables
// beside them, which stay the reference without JavaScript.
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var colours = {
    met: "#2b8a3e", met_late: "#74b816", attested: "#37b24d", unmet: "#c92a2a", strive_missed: "#e8590c",
    no_data: "#f08c00", not_attested: "#fab005", pending: "#748ffc", triggered: "#862e9c", undecided: "#adb5bd",
    needs_review: "#868e96", conflict: "#495057"
  };
  var percent = document.documentElement.lang === "vi" ? "vi-VN" : "en-GB";
  var agencies = document.getElementById("chart-agencies");
  if (agencies && data.agencies.labels.length) {
    agencies.parentNode.style.height = Math.max(300, 22 * data.agencies.labels.length + 80) + "px";
    new Chart(agencies, {
      type: "bar",
      data: {
        labels: data.agencies.labels,
        datasets: data.agencies.statuses.map(function (s) {
          return { label: s.label, data: s.counts, backgroundColor: colours[s.status] || "#868e96" };
        })
      },
      options: { indexAxis: "y", maintainAspectRatio: false, responsive: true,
                 scales: { x: { stacked: true }, y: { stacked: true, ticks: { autoSkip: false } } } }
    });
  }
  var years = document.getElementById("chart-years");
  if (years && data.years.labels.length) {
    var palette = ["#1c4f9c", "#2b8a3e", "#e8590c", "#7048e8", "#c92a2a", "#0b7285", "#8d6e63", "#d6336c"];
    var datasets = [{ label: data.years.total_label, data: data.years.total, borderColor: "#1a1d21", borderWidth: 3,
                      backgroundColor: "#1a1d21", spanGaps: true }];
    data.years.duties.forEach(function (d, i) {
      datasets.push({ label: d.label, data: d.shares, borderColor: palette[i % palette.length],
                      backgroundColor: palette[i % palette.length], borderWidth: 1, spanGaps: true,
                      hidden: i >= 6 });
    });
    new Chart(years, {
      type: "line",
      data: { labels: data.years.labels, datasets: datasets },
      options: { maintainAspectRatio: false, responsive: true,
                 scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v.toLocaleString(percent) + "%"; } } } },
                 plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } } }
    });
  }
})();
