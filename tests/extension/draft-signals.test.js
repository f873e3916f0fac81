import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

const { window } = contentWindow("<p>page</p>", { files: ["src/content/nudge/draft-signals.js"] });
const signalsOf = (draft) => [...window.SafeBrowse.draftSignals(draft)].sort();

// Each row: a draft and exactly the signals it must raise (none for the everyday messages a child sends).
const TABLE = [
  // Phone numbers: Colombian mobiles and landlines, US formats, and cues that make a shorter number a phone.
  ["mi cel es 300 123 4567", ["phone"]],
  ["+57 3001234567", ["phone"]],
  ["+57 300 123 4567", ["phone"]],
  ["3001234567", ["phone"]],
  ["300-123-45-67 ese es mi numero", ["phone"]],
  ["llamame al 601 234 5678", ["phone"]],
  ["mi numero: 234 5678", ["phone"]],
  ["te paso mi numero", ["phone"]],
  ["Te paso mi número", ["phone"]],
  ["my number is (555) 123-4567", ["phone"]],
  ["555-123-4567", ["phone"]],
  ["555.123.4567", ["phone"]],
  ["+1 555 123 4567", ["phone"]],
  ["call me at 555 1234", ["phone"]],
  ["here's my number", ["phone"]],
  // Numbers that are not phones: years, times, prices, scores, dates, counts.
  ["naci en 2012", []],
  ["en 2019 2020 y 2021 fuimos a la costa", []],
  ["nos vemos a las 10:30", []],
  ["a las 10.30 salgo", []],
  ["cuesta $300.000", []],
  ["me costo 1.500.000 pesos", []],
  ["vale 3 000 000 pesos", []],
  ["ganamos 3-2 el partido", []],
  ["el examen es el 15-03-2024", []],
  ["tengo 3000000000 monedas", []],
  ["I scored 1500 2000 points", []],
  ["it costs $555 1234", []],
  ["it was 2010-2011 season", []],
  ["tengo 12 años", []],
  ["free fire 2 es mejor", []],
  ["I'm 12", []],
  // Addresses: Colombian nomenclature, neighbourhoods, apartment units, and English street addresses.
  ["vivo en la calle 45 # 12-30", ["address"]],
  ["calle 45 #12-30", ["address"]],
  ["carrera 7 con 72", ["address"]],
  ["cra 7 no. 72-10 apto 301", ["address"]],
  ["Diagonal 5 sur # 3-10", ["address"]],
  ["vivo por la av 68", ["address"]],
  ["vivo en el barrio Kennedy", ["address"]],
  ["soy del barrio la esperanza", ["address"]],
  ["mi barrio se llama Castilla", ["address"]],
  ["torre 2 apto 301", ["address"]],
  ["manzana 4 casa 12", ["address"]],
  ["te paso mi direccion", ["address"]],
  ["I live at 12 Oak Street", ["address"]],
  ["i live at 12 oak st", ["address"]],
  ["123 North Main Street", ["address"]],
  ["I live on Maple Avenue", ["address"]],
  ["my address is on the card", ["address"]],
  // Places that are not an address.
  ["vivo en Bogota", []],
  ["vivo en un barrio muy bonito", []],
  ["mi barrio es peligroso", []],
  ["en mi barrio hay un parque", []],
  ["nos vemos en la calle", []],
  ["la calle 10 estaba llena", []],
  ["I live in Colombia", []],
  ["I played 3 games on the street", []],
  ["I live in a nice place", []],
  ["my house is big", []],
  ["tengo 2 casas en minecraft", []],
  // Schools.
  ["estudio en el colegio San Jose", ["school"]],
  ["voy en el Liceo Frances", ["school"]],
  ["estudio en la IE Simon Bolivar", ["school"]],
  ["mi colegio se llama Gimnasio Moderno", ["school"]],
  ["mi colegio es el Agustiniano", ["school"]],
  ["salgo del colegio Santa Ines a las 3", ["school"]],
  ["ayer en el Colegio Mayor hubo izada", ["school"]],
  ["I go to Lincoln Middle School", ["school"]],
  ["i go to jefferson high", ["school"]],
  ["my school is called Oakwood", ["school"]],
  ["I attend Riverside Academy", ["school"]],
  ["voy al colegio mañana porque estudio en el colegio san jose", ["school"]],
  // Mentions of school that name none.
  ["after school I play", []],
  ["estoy en el colegio", []],
  ["voy al colegio manana", []],
  ["salgo del colegio a las 3", []],
  ["estoy en el colegio de la tarde", []],
  ["en el colegio hoy hubo examen", []],
  ["mi colegio es aburrido", []],
  ["voy al gimnasio todos los dias", []],
  ["estoy en la escuela de futbol", []],
  ["I go to school at 7", []],
  ["I go to a public high school", []],
  ["high school is hard", []],
  ["I'm going to play at the academy", []],
  ["my school is boring", []],
  // Moving to another app or asking for a number.
  ["escríbeme al wasap", ["other_app"]],
  ["escribeme al whatsapp", ["other_app"]],
  ["hablemos por telegram", ["other_app"]],
  ["agrégame en snap", ["other_app"]],
  ["sigueme en insta", ["other_app"]],
  ["mejor por wsp", ["other_app"]],
  ["tienes whatsapp?", ["other_app"]],
  ["pásame tu número", ["other_app"]],
  ["dame tu cel", ["other_app"]],
  ["cual es tu insta", ["other_app"]],
  ["mi insta es @sofi_12", ["other_app"]],
  ["add me on snap", ["other_app"]],
  ["text me", ["other_app"]],
  ["my insta is @sofi.12", ["other_app"]],
  ["what's your number", ["other_app"]],
  ["do you have discord?", ["other_app"]],
  ["let's talk on whatsapp", ["other_app"]],
  ["dm me on insta", ["other_app"]],
  // Apps mentioned without moving the chat.
  ["vi un video en tiktok", []],
  ["me gusta instagram", []],
  ["the whatsapp update is bad", []],
  ["my insta is private", []],
  ["es mejor en tiktok", []],
  ["mi hermano tiene tiktok", []],
  ["let's wait in line", []],
  // Everyday chat.
  ["jajaja si", []],
  ["hola, como estas?", []],
  ["que juegas?", []],
  ["nos vemos mañana en clase", []],
  ["ok", []],
  ["", []],
  ["   ", []],
  // Several at once.
  ["mi cel es 3001234567 y vivo en la calle 45 # 12-30", ["address", "phone"]],
  ["escribeme al wsp 300 123 4567", ["other_app", "phone"]],
  ["estudio en el colegio San Jose, escribeme al whatsapp", ["other_app", "school"]],
];

test("draftSignals_Table_RaisesExactlyTheExpectedSignals", () => {
  const wrong = TABLE.filter(([draft, expected]) => JSON.stringify(signalsOf(draft)) !== JSON.stringify([...expected].sort())).map(
    ([draft, expected]) => `${JSON.stringify(draft)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(signalsOf(draft))}`,
  );
  assert.deepEqual(wrong, []);
});

test("draftSignals_Table_CoversBothLanguagesAndEverySignalBothWays", () => {
  for (const signal of ["phone", "address", "school", "other_app"]) {
    assert.ok(TABLE.filter(([, expected]) => expected.includes(signal)).length >= 8, `positives for ${signal}`);
  }
  assert.ok(TABLE.filter(([, expected]) => expected.length === 0).length >= 40, "negatives");
});

test("draftSignals_NotText_GivesNoSignals", () => {
  for (const value of [undefined, null, 3001234567, {}]) assert.equal(window.SafeBrowse.draftSignals(value).size, 0, String(value));
});

// Where the reading stops, not how long it took: a clock threshold passes or fails with the machine's load.
test("draftSignals_VeryLongDraft_ReadsOnlyItsStart", () => {
  const phone = "mi cel es 300 123 4567";
  assert.deepEqual(signalsOf(`${"hola ".repeat(300)}${phone}`), ["phone"], "a number within the start is read");
  assert.equal(window.SafeBrowse.draftSignals(`${"hola ".repeat(100000)}${phone}`).size, 0, "a number past the start is not");
});
