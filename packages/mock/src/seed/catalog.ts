/** The fixed part of a seeded account: its plans and the names customers are made of. */

export interface SeedPlan {
  externalId: string;
  name: string;
  intervalCount: number;
  intervalUnit: string;
  amountInCents: number;
  /** How often new subscriptions pick it, relative to the others. */
  weight: number;
  /** The plan an expansion moves to, if any. */
  upgradeTo?: string;
}

export const SEED_PLANS: readonly SeedPlan[] = [
  { externalId: 'basic_monthly', name: 'Basic', intervalCount: 1, intervalUnit: 'month', amountInCents: 2_900, weight: 40, upgradeTo: 'pro_monthly' },
  { externalId: 'pro_monthly', name: 'Pro', intervalCount: 1, intervalUnit: 'month', amountInCents: 9_900, weight: 30, upgradeTo: 'business_monthly' },
  { externalId: 'business_monthly', name: 'Business', intervalCount: 1, intervalUnit: 'month', amountInCents: 29_900, weight: 10 },
  { externalId: 'basic_quarterly', name: 'Basic Quarterly', intervalCount: 3, intervalUnit: 'month', amountInCents: 7_900, weight: 8 },
  { externalId: 'pro_annual', name: 'Pro Annual', intervalCount: 1, intervalUnit: 'year', amountInCents: 99_000, weight: 12 },
];

export const FIRST_NAMES = [
  'Ada', 'Alan', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances', 'Guido',
  'Hedy', 'James', 'Joan', 'John', 'Katherine', 'Larry', 'Mary', 'Niklaus', 'Radia', 'Sophie',
];

export const LAST_NAMES = [
  'Lovelace', 'Turing', 'Hopper', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Allen', 'Rossum',
  'Lamarr', 'Gosling', 'Clarke', 'McCarthy', 'Johnson', 'Page', 'Kenneth', 'Wirth', 'Perlman', 'Wilson',
];

export const COMPANY_SUFFIXES = ['Labs', 'Systems', 'Analytics', 'Software', 'Cloud', 'Works', 'Studio', 'Inc.'];

/** Countries weighted by repetition: most SaaS revenue comes from a few markets. */
export const COUNTRIES = ['US', 'US', 'US', 'US', 'GB', 'GB', 'DE', 'DE', 'FR', 'CA', 'AU', 'NL', 'ES', 'IN', 'BR', 'JP'];
