// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to an error summary or conflict banner so keyboard and screen-reader users meet it first.
  var alert = document.querySelector('[data-focus-on-load="true"]');
  if (alert) {
    alert.focus();
  }
});
