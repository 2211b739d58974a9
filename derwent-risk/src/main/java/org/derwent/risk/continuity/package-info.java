/** Continuity of GP care (Usual Provider of Care, Bice-Boxerman COC) and the frequent-attender case list. */
package org.derwent.risk.continuity;
