/**
 * The Vaadin kit that every face uses: the frame of a page, badges, French dates and formats, the
 * banner, field errors, notices, the one way a view calls a service and shows its refusal, and the
 * unsaved-changes guard. It knows no staff view and no partner page.
 */
package fr.aiguillage.ui.kit;
