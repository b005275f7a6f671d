"use client";

let audio: AudioContext | null = null;

/** A short buzz and a soft beep so a one-handed shopper knows the read worked without looking. */
export function signalScanSuccess() {
  try {
    navigator.vibrate?.(60);
  } catch {
    /* vibration not allowed */
  }
  try {
    const Ctx = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    audio ??= new Ctx();
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = "sine";
    osc.frequency.value = 1318; // E6: audible over store noise, not shrill
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.12);
    osc.connect(gain).connect(audio.destination);
    osc.start();
    osc.stop(audio.currentTime + 0.13);
  } catch {
    /* audio blocked: vibration is enough */
  }
}
