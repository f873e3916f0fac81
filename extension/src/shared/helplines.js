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

  // The helplines of one country as the notice and the first-run page show them, so the child sees the same services
  // before a note ever appears. `element` is the caller's own: a content script makes its elements through the page's
  // prototypes, an extension page directly.
  ns.helplineItems = (element, doc, t, entry) => {
    const items = entry.lines.map((line) => {
      const parts = [element(doc, "strong", {}, [line.name])];
      if (line.phone) {
        parts.push(" ", element(doc, "a", { href: `tel:${line.phone.replace(/[^\d+]/g, "")}` }, [t("helpCall", [line.phone])]));
      }
      if (line.url) {
        const label = new URL(line.url).hostname.replace(/^www\./, "");
        const hint = element(doc, "span", { class: "hint" }, [` ${t("helpOpensNewTab")}`]);
        parts.push(" ", element(doc, "a", { href: line.url, target: "_blank", rel: "noopener noreferrer" }, [label, hint]));
      }
      return element(doc, "li", {}, parts);
    });
    return [
      element(doc, "p", {}, [t("helpIntro")]),
      element(doc, "ul", {}, items),
      element(doc, "p", {}, [t("helpEmergency", [entry.emergency])]),
    ];
  };
})();
