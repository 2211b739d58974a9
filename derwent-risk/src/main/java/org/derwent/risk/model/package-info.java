/** Emergency-admission risk models (Tribuo logistic regression and XGBoost), their validation metrics and model cards. */
package org.derwent.risk.model;
