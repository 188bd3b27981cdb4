// Figures: numbers with their units, approximations and normalized values.
export { findFigures } from './figures';
