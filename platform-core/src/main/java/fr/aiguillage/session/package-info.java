/**
 * Collective information sessions and the same-day desk (issue 14, DESIGN §13): a session planned
 * with its place and capacity, a cohort invited, the people checked in on the day, the absentees
 * invited once more. This first increment is the domain model, without storage.
 */
package fr.aiguillage.session;
