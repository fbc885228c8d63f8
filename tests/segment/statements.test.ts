// Issue 11, statements: one named table per KIND of sentence boundary that used to come out
// wrong, with copy written for these tests (fictional people, places and outlets).

import { describe, expect, it } from 'vitest'
import { segment } from '../../src/segment/index.js'

type Row = [input: string, expected: string[]]

const kinds: Record<string, Row[]> = {
  'a full stop without a space still ends a sentence': [
    [
      'The ferry sank on Friday.Rescuers arrived within the hour.',
      ['The ferry sank on Friday.', 'Rescuers arrived within the hour.'],
    ],
    ['Stay indoors.Roads are flooded, police said.', ['Stay indoors.', 'Roads are flooded, police said.']],
    // After a figure or a closing quote, as after a word.
    ['Bread went up 6%.Bakers blamed flour.', ['Bread went up 6%.', 'Bakers blamed flour.']],
    ['Tolls rose 2.5%.Drivers were angry.', ['Tolls rose 2.5%.', 'Drivers were angry.']],
    ['A bus ticket now costs $4.Students protested.', ['A bus ticket now costs $4.', 'Students protested.']],
    ['The mill shut in 1987.Nobody reopened it.', ['The mill shut in 1987.', 'Nobody reopened it.']],
    [
      'She said: "The gates stay shut."Guards nodded.',
      ['She said: "The gates stay shut."', 'Guards nodded.'],
    ],
    // Not sentence ends: abbreviations, domains, decimals, a place written without its space.
    [
      'Officials in the U.S. said little. The site example.com went down.',
      ['Officials in the U.S. said little.', 'The site example.com went down.'],
    ],
    [
      'Tickets are sold at Ferrylines.Com and at the pier.',
      ['Tickets are sold at Ferrylines.Com and at the pier.'],
    ],
    ['The index rose 3.5 points.Traders cheered.', ['The index rose 3.5 points.', 'Traders cheered.']],
    ['The parade passed through St.Louis on Sunday.', ['The parade passed through St.Louis on Sunday.']],
    // An address goes on after the capitalised word: 'Amy.Tran@...'.
    [
      'Send photos to Amy.Tran@harbour.example. We read every one.',
      ['Send photos to Amy.Tran@harbour.example.', 'We read every one.'],
    ],
  ],
  "'a.m.' or 'p.m.' before a title and a name": [
    [
      'The meeting ended at 9 a.m. Mayor Jo Marsh left first.',
      ['The meeting ended at 9 a.m.', 'Mayor Jo Marsh left first.'],
    ],
    [
      'Polls closed at 8 P.M. Dr. Ana Ortiz read the result.',
      ['Polls closed at 8 P.M.', 'Dr. Ana Ortiz read the result.'],
    ],
    [
      'The shift starts at 6 a.m. Councillor Pia Lund opened the depot.',
      ['The shift starts at 6 a.m.', 'Councillor Pia Lund opened the depot.'],
    ],
    // A time that goes on: a weekday or a zone is no new sentence.
    ['The vote opens at 7 a.m. Monday in every ward.', ['The vote opens at 7 a.m. Monday in every ward.']],
    // A sentence that opens with the time goes on after it.
    [
      'By 7 a.m. Dr. Ana Ortiz had left the ward. She was back at 5 P.M. Dr. Ortiz signed the forms.',
      ['By 7 a.m. Dr. Ana Ortiz had left the ward.', 'She was back at 5 P.M.', 'Dr. Ortiz signed the forms.'],
    ],
    ['At 6 a.m. Mayor Jo Marsh opened the shelter.', ['At 6 a.m. Mayor Jo Marsh opened the shelter.']],
    // Written with spaces, as text rebuilt from tokens has it: the same rules.
    [
      'The alarm sounded at 5 a. m. from the old warehouse.',
      ['The alarm sounded at 5 a. m. from the old warehouse.'],
    ],
    ['The vote opens at 7 a. m. Monday in every ward.', ['The vote opens at 7 a. m. Monday in every ward.']],
    [
      'Polls closed at 8 P. M. Dr. Ana Ortiz read the result.',
      ['Polls closed at 8 P. M.', 'Dr. Ana Ortiz read the result.'],
    ],
  ],
  "the pronoun 'I' ends a sentence": [
    ['"It was not me," said I. Everyone laughed.', ['"It was not me," said I.', 'Everyone laughed.']],
    ['Nobody ran faster than I. Marta came second.', ['Nobody ran faster than I.', 'Marta came second.']],
    // An initial stays: 'Mary I. Ortiz'.
    ['The award went to Mary I. Ortiz of Halden.', ['The award went to Mary I. Ortiz of Halden.']],
  ],
  'a citation after a quotation stays with it': [
    [
      'He wrote: "The river keeps its own time." (Okafor 55). The book sold well.',
      ['He wrote: "The river keeps its own time." (Okafor 55).', 'The book sold well.'],
    ],
    [
      'She called it "a quiet disaster" (Lund 2019). Critics agreed.',
      ['She called it "a quiet disaster" (Lund 2019).', 'Critics agreed.'],
    ],
  ],
  'ellipses inside and at the end of sentences': [
    [
      'He paused . . . then spoke again. The hall was silent.',
      ['He paused . . . then spoke again.', 'The hall was silent.'],
    ],
    ['The crowd waited... Then the gates opened.', ['The crowd waited...', 'Then the gates opened.']],
    [
      'She read the verdict . . . The room fell silent.',
      ['She read the verdict . . .', 'The room fell silent.'],
    ],
    [
      '"We will rebuild . . . every house," the mayor said.',
      ['"We will rebuild . . . every house," the mayor said.'],
    ],
    // 'I' after a spaced ellipsis goes on; a fourth dot ends the sentence.
    [
      'I was not . . . well, the thing is . . . I never saw the letter.',
      ['I was not . . . well, the thing is . . . I never saw the letter.'],
    ],
    [
      'The old custom faded . . . was never revived. Nobody missed it.',
      ['The old custom faded . . . was never revived.', 'Nobody missed it.'],
    ],
    [
      'Leave out the end and close with a stop . . . . The next line follows.',
      ['Leave out the end and close with a stop . . . .', 'The next line follows.'],
    ],
    ['He said it was over.... Then he left.', ['He said it was over....', 'Then he left.']],
  ],
  'abbreviations before a number or a reference go on': [
    ['Call ext. 204 for the duty officer.', ['Call ext. 204 for the duty officer.']],
    [
      'Quote Ref. No. 12 in your reply. Keep the letter.',
      ['Quote Ref. No. 12 in your reply.', 'Keep the letter.'],
    ],
    ['The pump lost 3 pts. of pressure overnight.', ['The pump lost 3 pts. of pressure overnight.']],
    [
      'The wreck lies at N°. 51.207.33. Divers found it.',
      ['The wreck lies at N°. 51.207.33.', 'Divers found it.'],
    ],
    ['Write to Nº. 12 Quay Row.', ['Write to Nº. 12 Quay Row.']],
  ],
  "police ranks before a name go on ('Const.', 'Cst.', 'Det. Supt.')": [
    [
      'Harbour police Const. Tia Moss said two men were held. Both were released.',
      ['Harbour police Const. Tia Moss said two men were held.', 'Both were released.'],
    ],
    [
      'Det. Supt. Ana Ruiz and Cst. Jo Marsh led the search.',
      ['Det. Supt. Ana Ruiz and Cst. Jo Marsh led the search.'],
    ],
  ],
  'an exclamation set off by dashes stays in its sentence': [
    [
      'Stir it, bake it, and -- presto! -- dinner is ready. Everyone ate.',
      ['Stir it, bake it, and -- presto! -- dinner is ready.', 'Everyone ate.'],
    ],
    [
      'The gate gave way — crash! — and water poured in.',
      ['The gate gave way — crash! — and water poured in.'],
    ],
  ],
  'inline numbered and lettered lists split into items that keep their marker': [
    [
      'The plan has three parts: 1) close the road 2) move the buses 3) reopen the bridge.',
      ['The plan has three parts:', '1) close the road', '2) move the buses', '3) reopen the bridge.'],
    ],
    [
      'Crews must: 1.) pump the cellars 2.) check the wiring.',
      ['Crews must:', '1.) pump the cellars', '2.) check the wiring.'],
    ],
    [
      'The options were a. raise fares b. cut routes c. borrow more.',
      ['The options were', 'a. raise fares', 'b. cut routes', 'c. borrow more.'],
    ],
    // A list that opens its own line: the first item keeps its marker too.
    [
      '1) Close the gate 2) Lock the shed 3) Call the owner',
      ['1) Close the gate', '2) Lock the shed', '3) Call the owner'],
    ],
    ['1.) Close the gate 2.) Lock the shed.', ['1.) Close the gate', '2.) Lock the shed.']],
    // Markers in brackets, as legal and council copy writes them.
    [
      'Tenants may (1) stay put (2) move to a hostel (3) claim a grant.',
      ['Tenants may', '(1) stay put', '(2) move to a hostel', '(3) claim a grant.'],
    ],
    ['The board weighed (a) a levy and (b) a loan.', ['The board weighed', '(a) a levy and', '(b) a loan.']],
    // One bracketed number is no list.
    ['The clause (2) was struck out.', ['The clause (2) was struck out.']],
    [
      'a. Close the gate b. Lock the shed c. Call the owner',
      ['a. Close the gate', 'b. Lock the shed', 'c. Call the owner'],
    ],
    ['• 9. Close the gate • 10. Lock the shed', ['• 9. Close the gate', '• 10. Lock the shed']],
    // Roman numerals count up from 'i'; a letter run reaching 'i' stays a letter run.
    [
      'Three steps follow: i) register ii) pay iii) collect.',
      ['Three steps follow:', 'i) register', 'ii) pay', 'iii) collect.'],
    ],
    [
      'The council must (i) publish the audit, (ii) hold a vote and (iii) report back.',
      ['The council must', '(i) publish the audit,', '(ii) hold a vote and', '(iii) report back.'],
    ],
    [
      'Pick a) ferry b) bus c) car d) bike e) foot f) tram g) taxi h) boat i) train j) coach.',
      [
        'Pick',
        'a) ferry',
        'b) bus',
        'c) car',
        'd) bike',
        'e) foot',
        'f) tram',
        'g) taxi',
        'h) boat',
        'i) train',
        'j) coach.',
      ],
    ],
    // No run counting up from 1, 'a' or 'i': no list.
    ['The report listed 2) the costs first.', ['The report listed 2) the costs first.']],
    ['Clause ii) of the lease was struck out.', ['Clause ii) of the lease was struck out.']],
    ['Take vitamin a. daily, the nurse said.', ['Take vitamin a. daily, the nurse said.']],
  ],
}

for (const [kind, rows] of Object.entries(kinds)) {
  describe(kind, () => {
    it.each(rows)('%s', (input, expected) => {
      const statements = segment(input)
      expect(statements.map((statement) => statement.text)).toEqual(expected)
      for (const statement of statements) expect(statement.end).toBeGreaterThan(statement.start)
    })
  })
}

describe('a line that is only a citation or credit is a fragment', () => {
  it.each([
    [
      'Twelve people died when the ferry capsized.\n\n(Meridian Wire)\n\nThe river was high.',
      'sentence fragment sentence',
    ],
    [
      'The bridge reopened at noon.\n\nPhoto: Ana Ruiz/Harbour Herald\n\nTraffic was light.',
      'sentence fragment sentence',
    ],
    ['# Flood latest\n\n(Eastgate Courier)\n\nWater levels fell overnight.', 'heading fragment sentence'],
    // A sign-off after a dash.
    ['The pier was closed.\n\n— Eastgate Courier\n\nBoats stayed in port.', 'sentence fragment sentence'],
    ['Ferries resumed at dawn.\n\n-- Harbour Herald Staff', 'sentence fragment'],
    // Lower-case words after a dash are text, not a sign-off.
    ['The pier was closed.\n\n— and then the tide turned', 'sentence heading'],
    // A section label in capitals over the article is page furniture; a headline in capitals is not.
    ['CITY HALL\n\nThe mayor signed the budget on Monday.', 'fragment sentence'],
    ['FERRY SINKS OFF PORT ALDER\n\nTwelve people were rescued.', 'heading sentence'],
  ])('%j', (input, kinds) => {
    expect(
      segment(input, { format: input.startsWith('#') ? 'markdown' : 'text' })
        .map((statement) => statement.kind)
        .join(' '),
    ).toBe(kinds)
  })

  it('keeps a parenthesised sentence a sentence', () => {
    expect(segment('The vote passed.\n\n(Officials disputed this.)').map((s) => s.kind)).toEqual([
      'sentence',
      'sentence',
    ])
  })
})
