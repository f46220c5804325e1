package fr.aiguillage.session;

import java.util.UUID;

/**
 * Something the day-D board shows has changed (a check-in, an answer, a desk's step): fired after
 * the change is committed, for the open boards of this session to refresh.
 */
public record SessionBoardChanged(String tenant, UUID sessionId, UUID personId) {}
