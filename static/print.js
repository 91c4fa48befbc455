// The dossier's print button: a script file because the Content-Security-Policy forbids inline script.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () {
    window.print();
  });
});
