export { placesStage } from './places-stage.js';
