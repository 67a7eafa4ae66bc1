/** What packs.json holds: the content a tablet downloads to work offline, grouped as packs. */
export interface PackFile {
  url: string;
  bytes: number;
}

export interface Pack {
  /** "words-<lang>" for a language's words, "lesson-<id>" for a lesson's pictures. */
  id: string;
  kind: 'words' | 'lesson';
  /** The language of a words pack, or the lesson of a lesson pack. */
  of: string;
  files: PackFile[];
}

export interface PackList {
  version: string;
  packs: Pack[];
}

export const packBytes = (pack: Pack): number => pack.files.reduce((sum, f) => sum + f.bytes, 0);
