package fr.aiguillage.partner.portal;

import java.io.Serializable;

/** An item of a select in the answer dialogs: what is sent back, and what is shown. */
record ChoiceOption(String value, String label) implements Serializable {}
