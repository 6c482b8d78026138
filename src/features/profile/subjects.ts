/** Subjects a teacher can pick; each code has the locale key `subject-<code>`. */
export const SUBJECTS = [
  "primary",
  "russian",
  "literature",
  "native-language",
  "foreign-language",
  "math",
  "informatics",
  "physics",
  "chemistry",
  "biology",
  "geography",
  "history",
  "social-studies",
  "arts",
  "music",
  "technology",
  "physical-education",
  "life-safety",
  "special-education",
  "other",
] as const;

export type Subject = (typeof SUBJECTS)[number];

export function isSubject(value: string): value is Subject {
  return (SUBJECTS as readonly string[]).includes(value);
}
