/**
 * Scoring bidders from their evaluated matrices: mandatory requirements pass or fail (the
 * evaluator's verdict decides, else the bidder's own answer), rated requirements and questions
 * earn points up to their weight, future requirements are dated commitments. A row that cannot
 * be judged is a problem reported by row, never a guess.
 */
package cspec.procurement.score;
