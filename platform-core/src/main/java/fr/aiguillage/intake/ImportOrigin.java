package fr.aiguillage.intake;

/** How a file reached the import: who or what started the run, shown in the history. */
public enum ImportOrigin {
  /** Uploaded by an agent on the import screen. */
  SCREEN,
  /** Sent by a program through the staff API (an upload, or the bulk JSON intake). */
  API,
  /** Dropped in the département's watched folder and picked up with nobody clicking. */
  DROP,
  /** Posted by the CAF's exchange platform with its own client credential. */
  EXCHANGE
}
