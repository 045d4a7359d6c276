/**
 * English names of the function 类, as China's Ministry of Finance renders them in its English budget reports.
 * Shown beside the Chinese name in English mode; 款 and 项 have no standard translation and stay in Chinese. In the
 * English chunk, with the rest of the English text.
 */
export const FUNCTION_CLASSES_EN: Readonly<Record<string, string>> = {
  '201': 'General public services',
  '202': 'Foreign affairs',
  '203': 'National defense',
  '204': 'Public security',
  '205': 'Education',
  '206': 'Science and technology',
  '207': 'Culture, tourism, sports and media',
  '208': 'Social security and employment',
  '210': 'Health',
  '211': 'Energy conservation and environmental protection',
  '212': 'Urban and rural community affairs',
  '213': 'Agriculture, forestry and water',
  '214': 'Transportation',
  '215': 'Resource exploration, industry and information',
  '216': 'Commerce and services',
  '217': 'Finance',
  '219': 'Assistance to other regions',
  '220': 'Natural resources, ocean and meteorology',
  '221': 'Housing security',
  '222': 'Grain, edible oil and materials reserves',
  '223': 'State capital operation',
  '224': 'Disaster prevention and emergency management',
  '227': 'Reserve fund',
  '229': 'Other expenditure',
  '230': 'Transfers',
  '231': 'Debt principal repayment',
  '232': 'Debt interest payment',
  '233': 'Debt issuance costs',
  '234': 'Expenditure from special treasury bonds for COVID-19 response',
};
