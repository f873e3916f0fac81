(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  ns.helplines = Object.freeze({
    CO: {
      emergency: "123",
      lines: [
        { name: "Te Protejo", url: "https://www.teprotejocolombia.org/" },
        { name: "ICBF Línea 141", phone: "141" },
        { name: "Policía Nacional 123 / CAI Virtual", phone: "123", url: "https://caivirtual.policia.gov.co/" },
      ],
    },
    CL: {
      emergency: "133",
      lines: [
        { name: "PDI Cibercrimen", phone: "+56934599762", url: "https://www.pdichile.cl/" },
      ],
    },
    ES: {
      emergency: "112",
      lines: [
        { name: "INCIBE 017", phone: "017", url: "https://www.incibe.es/linea-de-ayuda-en-ciberseguridad" },
      ],
    },
    US: {
      emergency: "911",
      lines: [
        { name: "NCMEC CyberTipline", phone: "1-800-843-5678", url: "https://report.cybertip.org/" },
      ],
    },
    GB: {
      emergency: "999",
      lines: [
        { name: "CEOP Safety Centre", url: "https://www.ceop.police.uk/Safety-Centre/" },
        { name: "Childline", phone: "0800 1111", url: "https://www.childline.org.uk/" },
      ],
    },
  });
})();
