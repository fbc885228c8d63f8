// Issue 11, numbers, money, percentages and units: one named table per KIND of figure that
// used to come out wrong, each with sentences written for these tests (fictional events).
// A row is a sentence and every figure it must yield: [kind, text, value, unit, hedge, subject]
// (subject left out of the comparison when the row gives `undefined`).

import { describe, expect, it } from 'vitest'
import { extractDetails } from '../../src/extract/index.js'
import { parseNumber, parseShare } from '../../src/extract/numbers-in-words.js'
import type { Detail, DetailKind, DetailValue, Hedge } from '../../src/types.js'

type Row = [kind: DetailKind, text: string, value: DetailValue, unit: string | null, hedge: Hedge | null]

const figureKinds: ReadonlySet<DetailKind> = new Set([
  'count',
  'money',
  'percent',
  'quantity',
  'duration',
  'ordinal',
  'date',
])

const about = (x: number) => ({ min: x, max: x })
const upTo = (x: number) => ({ min: 0, max: x })
const cash = (amount: number, currency: string) => ({ amount, currency })

function figures(text: string): Row[] {
  const details = extractDetails(text)
  for (const detail of details) expect(text.slice(detail.start, detail.end)).toBe(detail.text)
  return details
    .filter((detail: Detail) => figureKinds.has(detail.kind))
    .map((detail) => [detail.kind, detail.text, detail.value, detail.unit, detail.hedge])
}

const kinds: Record<string, Array<[text: string, expected: Row[]]>> = {
  'thousands separated by a no-break, thin, narrow no-break or metric space': [
    ['Floodwater reached 1\u00a0298 homes in the lower town.', [['count', '1\u00a0298', 1298, null, null]]],
    ['The new stand seats 12\u2009450 spectators.', [['count', '12\u2009450', 12450, null, null]]],
    ['Organisers counted 3\u202f120 runners at the start.', [['count', '3\u202f120', 3120, null, null]]],
    ['Some 40 000 people lined the harbour road.', [['count', 'Some 40 000', about(40000), null, 'about']]],
    [
      'The fund paid out 1 250 000 dollars in grants.',
      [['money', '1 250 000 dollars', cash(1250000, 'USD'), 'USD', null]],
    ],
    ['Crews cleared 2 500 tonnes of debris.', [['quantity', '2 500 tonnes', 2500000, 'kg', null]]],
    // Not three digits after the space: two numbers.
    [
      'In 2019 300 volunteers planted trees.',
      [
        ['date', '2019', '2019', null, null],
        ['count', '300', 300, null, null],
      ],
    ],
  ],
  'an hour of the clock in words after a verb of schedule is no count': [
    ['The polling stations open at seven.', []],
    ['The hearing resumes at ten tomorrow.', [['date', 'tomorrow', 'tomorrow', null, null]]],
    // A level a figure stands at, or a count of a thing, still counts.
    ['The death toll stood at eleven.', [['count', 'eleven', 11, null, null]]],
    ['The bus left at six passengers short.', [['count', 'six', 6, null, null]]],
  ],
  "'one day' after a modal is 'someday', no duration": [
    ['"I never thought I\'d one day coach this club," Okafor said.', []],
    ['The council says it will one day rebuild the pier.', []],
    ['The strike at the docks lasted one day.', [['duration', 'one day', 86400, 's', null]]],
  ],
  'a number inside a compound word, a name or a decade is no count': [
    ['The raiders rammed a four-by-four into the shutters.', []],
    ['A carpenter wedged a two-by-four under the door.', []],
    ['Three men fled in a 4x4 after the raid.', [['count', 'Three', 3, null, null]]],
    ['The under-19 squad flew home on Sunday.', [['date', 'Sunday', 'sunday', null, null]]],
    ['Her portraits filled the magazines of the nineteen fifties.', []],
    // A count next to such a word still counts, and so does one after a hyphen typed for a dash.
    ['Nineteen fishermen were rescued from the reef.', [['count', 'Nineteen', 19, null, null]]],
    ['Rescuers reached the walkers-three of them with head injuries.', [['count', 'three', 3, null, null]]],
    ['Luckily no-one was aboard the barge.', []],
    ['A family-of-four was pulled from the flooded car.', [['count', 'four', 4, null, null]]],
    ['Two seventies pop stars played the harbour stage.', [['count', 'Two', 2, null, null]]],
  ],
  "'one' before an unnamed speaker is 'a', not a count": [
    ['One shopkeeper said the water came in fast.', []],
    ['One driver told reporters the bridge shook.', []],
    // A death or an outcome still counts.
    ['One walker died on the ridge.', [['count', 'One', 1, null, null]]],
    ['Two porters said the lift had failed.', [['count', 'Two', 2, null, null]]],
  ],
  'numbers written in words': [
    [
      'The hall seated three hundred and twelve guests.',
      [['count', 'three hundred and twelve', 312, null, null]],
    ],
    ['Twenty-one boats joined the search.', [['count', 'Twenty-one', 21, null, null]]],
    ['She baked a dozen loaves for the shelter.', [['count', 'a dozen', 12, null, null]]],
    [
      'The clinic has one thousand two hundred and six patients on its list.',
      [['count', 'one thousand two hundred and six', 1206, null, null]],
    ],
    [
      'The orchard lost two point five million apples.',
      [['count', 'two point five million', 2.5e6, null, null]],
    ],
    ['The rate was cut to zero point seven five.', [['count', 'zero point seven five', 0.75, null, null]]],
    ['The clip drew 2.4k views overnight.', [['count', '2.4k', 2400, null, null]]],
    [
      'One and a half million people fled the coast.',
      [['count', 'One and a half million', 1.5e6, null, null]],
    ],
    ['The appeal raised a million and a half.', [['count', 'a million and a half', 1.5e6, null, null]]],
    ['Volunteers rang 3 dozen doorbells.', [['count', '3 dozen', 36, null, null]]],
    [
      'The club was founded by nineteen ninety-nine members.',
      [['count', 'nineteen ninety-nine', 1999, null, null]],
    ],
    // A race distance, not ten thousand.
    ['She won the 10k run by a minute.', []],
  ],
  'negative numbers keep their sign': [
    ['The thermometer read -7 degrees at dawn.', [['quantity', '-7 degrees', -7, 'degrees', null]]],
    ['The night fell to minus twelve degrees.', [['quantity', 'minus twelve degrees', -12, 'degrees', null]]],
    ['The index closed at −3.5 points.', [['count', '−3.5', -3.5, null, null]]],
    // A range or a score keeps its hyphen as a joiner.
    ['The ward has 20-25 beds.', [['count', '20-25', { min: 20, max: 25 }, null, 'range']]],
  ],
  'fractions on their own': [
    ['Add 3/4 of the stock now.', [['count', '3/4', 0.75, null, null]]],
    ['The vote needs three fifths in favour.', [['count', 'three fifths', 0.6, null, null]]],
    ['The tank was one half full.', [['count', 'one half', 0.5, null, null]]],
    ['Three fourths voted yes.', [['count', 'Three fourths', 0.75, null, null]]],
    // An ordinal after 'a', not a fraction.
    ['She won a third term in office.', [['ordinal', 'third', 3, null, null]]],
    [
      'The climb took one and three quarters hours.',
      [['duration', 'one and three quarters hours', 6300, 's', null]],
    ],
    ['The boat drifted 4 and a half miles.', [['quantity', '4 and a half miles', 7242.048, 'm', null]]],
    // Still codes and dates, not fractions.
    ['The 9/11 memorial reopened.', []],
    ['Staff are on call 24/7 now.', []],
  ],
  'fiscal years and seasons are one period': [
    [
      'Grain output in 2012-13 reached 734,000 tonnes.',
      [
        ['date', '2012-13', '2012/2013', null, null],
        ['quantity', '734,000 tonnes', 734000000, 'kg', null],
      ],
    ],
    [
      'The ministry budget for fiscal 2023-24 rose by 3%.',
      [
        ['date', '2023-24', '2023/2024', null, null],
        ['percent', '3%', 3, '%', null],
      ],
    ],
    ['Ticket sales slumped during the 2019/20 season.', [['date', '2019/20', '2019/2020', null, null]]],
    // 'FY' glued to the first year, as company filings write it.
    ['Freight income in FY2021-22 beat forecasts.', [['date', '2021-22', '2021/2022', null, null]]],
    [
      'The FY2026 plan adds 15 buses.',
      [
        ['date', '2026', '2026', null, null],
        ['count', '15', 15, null, null],
      ],
    ],
    [
      'The club finished fourth in 1999-2000.',
      [
        ['ordinal', 'fourth', 4, null, null],
        ['date', '1999-2000', '1999/2000', null, null],
      ],
    ],
    ['Gate receipts for 2009–10 were the lowest on record.', [['date', '2009–10', '2009/2010', null, null]]],
  ],
  'fractions and mixed numbers': [
    [
      'Snow piled up to 2 1/2 inches overnight.',
      [['quantity', 'up to 2 1/2 inches', upTo(0.0635), 'm', 'up-to']],
    ],
    ['The river rose 1½ metres overnight.', [['quantity', '1½ metres', 1.5, 'm', null]]],
    [
      'Bus fares rose two and a half percent in March.',
      [
        ['percent', 'two and a half percent', 2.5, '%', null],
        ['date', 'March', '--03', null, null],
      ],
    ],
    ['The search lasted five and a half hours.', [['duration', 'five and a half hours', 19800, 's', null]]],
    // Decades and centuries are roundings: 'two decades' agrees with '21 years'.
    [
      'The mill had run for three decades before it closed.',
      [['duration', 'three decades', { min: 788400000, max: 1103760000 }, 's', 'about']],
    ],
    [
      'Crews laid three and a half miles of new track.',
      [['quantity', 'three and a half miles', 5632.704, 'm', null]],
    ],
  ],
  'fraction words are shares, never ordinals': [
    ['A third of residents left before the storm.', [['percent', 'A third', about(33.333333), '%', 'about']]],
    ['Two-thirds of members backed the merger.', [['percent', 'Two-thirds', about(66.666667), '%', 'about']]],
    ['One-third of the budget goes to roads.', [['percent', 'One-third', about(33.333333), '%', 'about']]],
    ['Nearly half of the shops stayed shut.', [['percent', 'Nearly half', about(50), '%', 'about']]],
    ['A quarter of the staff were furloughed.', [['percent', 'A quarter', about(25), '%', 'about']]],
    ['Three quarters of the ballots were counted.', [['percent', 'Three quarters', about(75), '%', 'about']]],
    // A ratio before a noun is a share: never the counts 'one' and 'five'.
    ['One in four lorries failed the brake test.', [['percent', 'One in four', about(25), '%', 'about']]],
    ['Seven out of 10 tenants backed the strike.', [['percent', 'Seven out of 10', about(70), '%', 'about']]],
    [
      'Fewer than one in five ferries ran on time.',
      [['percent', 'Fewer than one in five', upTo(20), '%', 'less-than']],
    ],
    // After 'by', the size of a change.
    ['The mill cut its payroll by a fifth.', [['percent', 'a fifth', about(20), '%', 'about']]],
    [
      'Rents rose by a quarter in two years.',
      [
        ['percent', 'a quarter', about(25), '%', 'about'],
        ['duration', 'two years', 63072000, 's', null],
      ],
    ],
    // Not a duration: 'for a second time' is an ordinal.
    ['The depot flooded for a second time.', [['ordinal', 'second', 2, null, null]]],
    // Not shares: a part of a period after 'by' and a 'third party'.
    ['The ferry was late by half an hour.', []],
    ['The claim was handled by a third party.', [['ordinal', 'third', 3, null, null]]],
    // Not shares: a half of a period, a quarter of an hour, an ordinal.
    ['Sales fell in the second half of the year.', [['ordinal', 'second', 2, null, null]]],
    ['The ferry waited a quarter of an hour.', []],
    [
      'It was the third of five hearings.',
      [
        ['ordinal', 'third', 3, null, null],
        ['count', 'five', 5, null, null],
      ],
    ],
  ],
  'names that contain numbers are not counts': [
    ['The S&P 500 slid on the news.', []],
    ['The FTSE 100 closed higher.', []],
    ['A Boeing 737 skidded off the runway.', []],
    ['An Airbus A320 was diverted to Porto.', []],
    ['The COVID-19 rules were lifted.', []],
    ['Ministers of the G20 met in the capital.', []],
    ['She drove a Tesla Model 3 to the hearing.', []],
    ['She lives in flat 4C above the bakery.', []],
  ],
  'a label word before a unit or a plural noun is no label': [
    ['The tide rose to a level 3 times higher than in spring.', [['count', '3', 3, null, null]]],
    ['Crews reopened the exit 2 hours after the pile-up.', [['duration', '2 hours', 7200, 's', null]]],
    ['After the exit 40 workers were laid off.', [['count', '40', 40, null, null]]],
  ],
  'an ordinal only in ordinal use': [
    ['It was the plan that first caused a stir among growers.', []],
    ['This first came up at the spring meeting.', []],
    ['She became the first elected mayor of the port.', [['ordinal', 'first', 1, null, null]]],
    ['It was the second time the bridge closed.', [['ordinal', 'second', 2, null, null]]],
    // A place in a race or a table, after a verb of placing.
    ['Her crew finished fourth in the regatta.', [['ordinal', 'fourth', 4, null, null]]],
    ['The home side came second.', [['ordinal', 'second', 2, null, null]]],
  ],
  'bare years are dates': [
    [
      'The budget for 2024 rose by 3%.',
      [
        ['date', '2024', '2024', null, null],
        ['percent', '3%', 3, '%', null],
      ],
    ],
    ['The levee built in 1998 held.', [['date', '1998', '1998', null, null]]],
    ['Tickets for 2000 guests were printed.', [['count', '2000', 2000, null, null]]],
    // A year after a determiner names an edition; before a plural or a unit it counts.
    ['The 2021 census missed the island.', [['date', '2021', '2021', null, null]]],
    ['Its 2019 audit was never published.', [['date', '2019', '2019', null, null]]],
    ['The 1900 seats sold out.', [['count', '1900', 1900, null, null]]],
    ['The 2000 km pipeline leaked.', [['quantity', '2000 km', 2000000, 'm', null]]],
  ],
  'money: scale words and codes around the world': [
    // Local abbreviations: Kenyan shillings, rupiah, ringgit, and the rand's 'R' before a scale.
    ['Each stall owner got KSh 8,000 in aid.', [['money', 'KSh 8,000', cash(8000, 'KES'), 'KES', null]]],
    ['A night in the hostel costs Rp 90,000.', [['money', 'Rp 90,000', cash(90000, 'IDR'), 'IDR', null]]],
    ['The rail link cost RM4.5 billion.', [['money', 'RM4.5 billion', cash(4.5e9, 'MYR'), 'MYR', null]]],
    ['The utility asked for R12bn in support.', [['money', 'R12bn', cash(12e9, 'ZAR'), 'ZAR', null]]],
    ['The R5 motorway was shut.', []],
    ['The state set aside ₹500 crore for relief.', [['money', '₹500 crore', cash(5e9, 'INR'), 'INR', null]]],
    [
      'The board approved Rs 300 crore for the dam.',
      [['money', 'Rs 300 crore', cash(3e9, 'INR'), 'INR', null]],
    ],
    ['Each family will get Rs. 5 lakh in aid.', [['money', 'Rs. 5 lakh', cash(500000, 'INR'), 'INR', null]]],
    [
      'The bridge cost 2.1 trillion dong.',
      [['money', '2.1 trillion dong', cash(2.1e12, 'VND'), 'VND', null]],
    ],
    [
      'The start-up raised USD34.6 million.',
      [['money', 'USD34.6 million', cash(34.6e6, 'USD'), 'USD', null]],
    ],
    [
      'The port deal is worth US$4.7 billion.',
      [['money', 'US$4.7 billion', cash(4.7e9, 'USD'), 'USD', null]],
    ],
    ['The club paid €8m for the keeper.', [['money', '€8m', cash(8e6, 'EUR'), 'EUR', null]]],
    ['The council borrowed £1.2bn for housing.', [['money', '£1.2bn', cash(1.2e9, 'GBP'), 'GBP', null]]],
    ['Farmers were paid 40 million naira.', [['money', '40 million naira', cash(40e6, 'NGN'), 'NGN', null]]],
  ],
  'money: currencies of many countries by sign, code and name': [
    ['The fare is 75 cents.', [['money', '75 cents', cash(0.75, 'USD'), 'USD', null]]],
    ['A stamp now costs 95p.', [['money', '95p', cash(0.95, 'GBP'), 'GBP', null]]],
    [
      'The ticket was five dollars and fifty cents.',
      [['money', 'five dollars and fifty cents', cash(5.5, 'USD'), 'USD', null]],
    ],
    [
      'The fund raised 10 million Hong Kong dollars.',
      [['money', '10 million Hong Kong dollars', cash(1e7, 'HKD'), 'HKD', null]],
    ],
    [
      'The visa fee is 300 Canadian dollars.',
      [['money', '300 Canadian dollars', cash(300, 'CAD'), 'CAD', null]],
    ],
    ['A loaf costs 25 Egyptian pounds.', [['money', '25 Egyptian pounds', cash(25, 'EGP'), 'EGP', null]]],
    [
      'The fine is 2,000 Kenyan shillings.',
      [['money', '2,000 Kenyan shillings', cash(2000, 'KES'), 'KES', null]],
    ],
    ['The taxi cost 400 rand.', [['money', '400 rand', cash(400, 'ZAR'), 'ZAR', null]]],
    ['The room cost 30€ a night.', [['money', '30€ a night', cash(30, 'EUR'), 'EUR/night', null]]],
    ['The book costs 12 zł.', [['money', '12 zł', cash(12, 'PLN'), 'PLN', null]]],
    ['He paid ₪40 for the cab.', [['money', '₪40', cash(40, 'ILS'), 'ILS', null]]],
    ['The deposit is 200 CHF.', [['money', '200 CHF', cash(200, 'CHF'), 'CHF', null]]],
    ['He lent me 20 quid.', [['money', '20 quid', cash(20, 'GBP'), 'GBP', null]]],
    ['The coin is worth 5 euro cents.', [['money', '5 euro cents', cash(0.05, 'EUR'), 'EUR', null]]],
    ['The fee was 20 $ at the door.', [['money', '20 $', cash(20, 'USD'), 'USD', null]]],
    // A weight, not money, without a scale or a country.
    ['The puppy weighs 9 pounds.', [['quantity', '9 pounds', 4.082331, 'kg', null]]],
  ],
  'percentages in every spelling': [
    ['Fares rose 15 pct after the vote.', [['percent', '15 pct', 15, '%', null]]],
    ['Turnout reached 45.5 %.', [['percent', '45.5 %', 45.5, '%', null]]],
    ['Prices doubled, a rise of one hundred percent.', [['percent', 'one hundred percent', 100, '%', null]]],
    ['Support fell to ten per cent.', [['percent', 'ten per cent', 10, '%', null]]],
    ['The index fell -2.5% on the day.', [['percent', '-2.5%', -2.5, '%', null]]],
  ],
  'money: prices per unit': [
    [
      'Diesel hit $5.02 a gallon at the pump.',
      [['money', '$5.02 a gallon', cash(5.02, 'USD'), 'USD/gallon', null]],
    ],
    ['Crude traded at $30 per barrel.', [['money', '$30 per barrel', cash(30, 'USD'), 'USD/barrel', null]]],
    ['Cleaners earn £11.44 an hour.', [['money', '£11.44 an hour', cash(11.44, 'GBP'), 'GBP/hour', null]]],
    ['Power costs €0.32/kWh this winter.', [['money', '€0.32/kWh', cash(0.32, 'EUR'), 'EUR/kwh', null]]],
  ],
  'percentage points and percent levels': [
    // Basis points are hundredths of a percentage point.
    [
      'The central bank raised its rate 75 basis points to 6%.',
      [
        ['percent', '75 basis points', 0.75, 'pp', null],
        ['percent', '6%', 6, '%', null],
      ],
    ],
    ['Bond yields rose 12.5bps.', [['percent', '12.5bps', 0.125, 'pp', null]]],
    // A fraction of one point in words.
    [
      'The base rate was trimmed half a percentage point to 4.75%.',
      [
        ['percent', 'half a percentage point', 0.5, 'pp', null],
        ['percent', '4.75%', 4.75, '%', null],
      ],
    ],
    [
      'Approval slipped a quarter of a percentage point.',
      [['percent', 'a quarter of a percentage point', 0.25, 'pp', null]],
    ],
    [
      'Unemployment rose 2 percentage points to 7.5%.',
      [
        ['percent', '2 percentage points', 2, 'pp', null],
        ['percent', '7.5%', 7.5, '%', null],
      ],
    ],
    [
      'Turnout fell 0.5pp to 61 percent.',
      [
        ['percent', '0.5pp', 0.5, 'pp', null],
        ['percent', '61 percent', 61, '%', null],
      ],
    ],
  ],
  'units of length, area, mass and temperature': [
    ['Hail stones measured 2 inches across.', [['quantity', '2 inches', 0.0508, 'm', null]]],
    ['The sea wall is 12 feet high.', [['quantity', '12 feet', 3.6576, 'm', null]]],
    ['The kick travelled 40 yards.', [['quantity', '40 yards', 36.576, 'm', null]]],
    ['The tailback stretched 6 miles.', [['quantity', '6 miles', 9656.064, 'm', null]]],
    ['The blaze burned 3,000 acres.', [['quantity', '3,000 acres', 12140569.2672, 'm2', null]]],
    ['The blaze burned 1,200 hectares.', [['quantity', '1,200 hectares', 12000000, 'm2', null]]],
    ['The barge carried 900 tonnes of coal.', [['quantity', '900 tonnes', 900000, 'kg', null]]],
    ['The crane lifted 12 t of steel.', [['quantity', '12 t', 12000, 'kg', null]]],
    ['Temperatures hit 41 degrees C on the coast.', [['quantity', '41 degrees C', 41, '°C', null]]],
    ['Temperatures hit 41C on the coast.', [['quantity', '41C', 41, '°C', null]]],
    ['Temperatures hit 104 degrees F inland.', [['quantity', '104 degrees F', 40, '°C', null]]],
  ],
  'units of volume, mass, area, speed and data from the one unit table': [
    ['The tanker spilled 2 gallons of diesel.', [['quantity', '2 gallons', 7.570824, 'l', null]]],
    ['Each donor gives 470 ml of blood.', [['quantity', '470 ml', 0.47, 'l', null]]],
    ['The jug holds 3 pints.', [['quantity', '3 pints', 1.419529, 'l', null]]],
    ['The reservoir lost 80 cubic metres a day.', [['quantity', '80 cubic metres', 80000, 'l', null]]],
    ['The kiln burns 20 m3 of wood.', [['quantity', '20 m3', 20000, 'l', null]]],
    ['The parcel weighed 12 ounces.', [['quantity', '12 ounces', 0.340194, 'kg', null]]],
    ['The cat weighs 9 pounds.', [['quantity', '9 pounds', 4.082331, 'kg', null]]],
    ['Each tablet holds 250 mg of the drug.', [['quantity', '250 mg', 0.00025, 'kg', null]]],
    ['The dose was cut to 5 micrograms.', [['quantity', '5 micrograms', 5e-9, 'kg', null]]],
    ['The bakery sells 500 g loaves.', [['quantity', '500 g', 0.5, 'kg', null]]],
    ['The studio flat has 28 square metres of floor.', [['quantity', '28 square metres', 28, 'm2', null]]],
    ['The plot covers 600 m2 by the canal.', [['quantity', '600 m2', 600, 'm2', null]]],
    ['The stall is 90 square feet.', [['quantity', '90 square feet', 8.361274, 'm2', null]]],
    ['Gusts reached 25 metres per second.', [['quantity', '25 metres per second', 90, 'km/h', null]]],
    [
      'The train reached 320 kilometres per hour.',
      [['quantity', '320 kilometres per hour', 320, 'km/h', null]],
    ],
    ['The lorry was doing 70 miles per hour.', [['quantity', '70 miles per hour', 112.65408, 'km/h', null]]],
    ['The leak exposed 40 gigabytes of records.', [['quantity', '40 gigabytes', 4e10, 'B', null]]],
    ['The leak exposed 40 GB of records.', [['quantity', '40 GB', 4e10, 'B', null]]],
    [
      'The probe is 4.2 light years from the star.',
      [['quantity', '4.2 light years', 4.2, 'light year', null]],
    ],
    ['The sprinter won the 100 m final.', [['quantity', '100 m', 100, 'm', null]]],
    // Not units: a scale, a network, a jet, a T-shirt.
    ['The firm lost 5m customers.', []],
    ['The 5G masts went up in May.', [['date', 'May', '--05', null, null]]],
    ['Two F-16 jets flew over.', [['count', 'Two', 2, null, null]]],
  ],
  'feet and inches as one length': [
    ['The new goalkeeper stands 6-foot-2 in his socks.', [['quantity', '6-foot-2', 1.8796, 'm', null]]],
    ['A 6-foot-2-inch forward signed for the club.', [['quantity', '6-foot-2-inch', 1.8796, 'm', null]]],
    ['Police said the man is 5 ft 10 in tall.', [['quantity', '5 ft 10 in', 1.778, 'm', null]]],
    ['The suspect is 6 feet 2 inches tall.', [['quantity', '6 feet 2 inches', 1.8796, 'm', null]]],
    ['The climber is 5ft 11in and wiry.', [['quantity', '5ft 11in', 1.8034, 'm', null]]],
    // Feet alone stay feet; inches of twelve or more are no part of a height.
    ['The fence is 6 feet tall.', [['quantity', '6 feet', 1.8288, 'm', null]]],
    [
      'The drift was 4 feet 14 inches deep.',
      [
        ['quantity', '4 feet', 1.2192, 'm', null],
        ['quantity', '14 inches', 0.3556, 'm', null],
      ],
    ],
  ],
  'earthquake magnitude, never a count or a code': [
    ['A magnitude-5.2 quake shook the valley.', [['quantity', 'magnitude-5.2', 5.2, 'magnitude', null]]],
    ['A 5.2-magnitude quake shook the valley.', [['quantity', '5.2-magnitude', 5.2, 'magnitude', null]]],
    ['The magnitude 6.1 tremor cracked walls.', [['quantity', 'magnitude 6.1', 6.1, 'magnitude', null]]],
  ],
  'European grouping with full stops': [
    ['The region has 1.234.567 registered voters.', [['count', '1.234.567', 1234567, null, null]]],
    ['About 2.500.000 tickets were sold.', [['count', 'About 2.500.000', about(2500000), null, 'about']]],
    ['The stadium cost €1.250.000 to repair.', [['money', '€1.250.000', cash(1250000, 'EUR'), 'EUR', null]]],
    // One group is ambiguous ('1.234' is a decimal in English copy): read as the decimal.
    ['The sample weighed 1.234 kilograms.', [['quantity', '1.234 kilograms', 1.234, 'kg', null]]],
    // Dotted runs of other lengths are versions.
    ['Phones on version 17.4.1 were hit.', []],
  ],
  "'a couple of' as about two, 'a few' as no figure": [
    ['A couple of fishermen were rescued.', [['count', 'A couple of', about(2), null, 'about']]],
    ['Only a couple of shops reopened.', [['count', 'a couple of', about(2), null, 'about']]],
    ['A couple of dozen homes flooded.', [['count', 'A couple of dozen', about(24), null, 'about']]],
    ['A couple hundred fans waited outside.', [['count', 'A couple hundred', about(200), null, 'about']]],
    ['A few shops reopened.', []],
    ['The couple were rescued from the roof.', []],
  ],
}

for (const [kind, rows] of Object.entries(kinds)) {
  describe(kind, () => {
    it.each(rows)('%s', (text, expected) => {
      expect(figures(text)).toEqual(expected)
    })
  })
}

describe('parseNumber and parseShare', () => {
  it.each([
    ['1\u00a0298', 1298],
    ['40 000', 40000],
    ['2 1/2', 2.5],
    ['2-1/2', 2.5],
    ['3¾', 3.75],
    ['five and a half', 5.5],
    ['two and a quarter', 2.25],
    ['500 crore', 5e9],
    ['5 lakh', 5e5],
    ['2 3/2', null],
    ['-5', -5],
    ['minus 3.2', -3.2],
    ['3/4', 0.75],
    ['three fifths', 0.6],
    ['a half', 0.5],
    ['one and three quarters', 1.75],
    ['2 and two-thirds', 2.666667],
    ['zero point five', 0.5],
    ['two point five million', 2.5e6],
    ['1e6', 1e6],
    ['3 dozen', 36],
    ['nineteen ninety-nine', 1999],
    ['twenty one', 21],
    ['one hundred twenty', 120],
    ['one and a half million', 1.5e6],
    ['a million and a half', 1.5e6],
    ['.5', 0.5],
    ['one hundred and four', 104],
    ['two thousand and five', 2005],
    ['three and four', null],
    ['and four', null],

    ['constructor', null],
  ] as const)('parseNumber(%j) is %j', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each([
    ['a third', 33.333333],
    ['two-thirds', 66.666667],
    ['half', 50],
    ['three quarters', 75],
    ['four thirds', null],
    ['the third', null],
  ] as const)('parseShare(%j) is %j', (text, value) => {
    expect(parseShare(text)).toBe(value)
  })
})
