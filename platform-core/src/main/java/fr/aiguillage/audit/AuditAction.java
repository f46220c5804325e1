package fr.aiguillage.audit;

public enum AuditAction {
  READ,
  LIST,
  CREATE,
  UPDATE
}
