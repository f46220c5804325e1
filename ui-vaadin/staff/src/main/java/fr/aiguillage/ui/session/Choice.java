package fr.aiguillage.ui.session;

import java.io.Serializable;
import java.util.UUID;

/** A territory or a structure as a choice in a list: entities stay out of the UI's session. */
record Choice(UUID id, String name) implements Serializable {}
